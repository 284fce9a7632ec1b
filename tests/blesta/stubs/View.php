<?php
/**
 * Stand-ins for Blesta's View (minphp View) and the Html, Form and Widget helpers (minphp/bridge
 * is not served by this machine's Packagist mirror), enough to render the module's .pdt files
 * for real: fetch() includes the file with the set variables extracted and $this being the view,
 * as minphp does. Form::create() writes the session's CSRF token, as Blesta's does
 * (../shared/reference/blesta-module.md §16: "`$this->Form->create()` writes it; a hand-written
 * `<form method="post">` does not").
 */
#[\AllowDynamicProperties]
class View
{
    public string $file;
    public string $view;
    public string $default_view = '';
    public ?string $base_uri = null;
    public array $vars = [];

    public function __construct($file = null, $view = null)
    {
        $this->file = (string) $file;
        $this->view = (string) ($view ?? 'default');
    }

    public function setDefaultView($path): void
    {
        $this->default_view = $path;
    }

    public function set($name, $value = null): void
    {
        if (is_array($name)) {
            $this->vars = array_merge($this->vars, $name);
        } else {
            $this->vars[$name] = $value;
        }
    }

    public function _($key, $return = false, ...$args)
    {
        return Language::_($key, $return, ...$args);
    }

    public function fetch($file = null, $view = null): string
    {
        $path = BLESTA_ROOT . DS . $this->default_view . 'views' . DS . ($view ?? $this->view) . DS . ($file ?? $this->file) . '.pdt';
        if (!is_file($path)) {
            throw new RuntimeException("View not found: $path");
        }
        extract($this->vars);
        ob_start();
        include $path;
        $html = ob_get_clean();
        blesta_audit('views', $html);
        return $html;
    }
}

class Html
{
    public function safe($value, $preserve_tags = false, $return = false)
    {
        $out = htmlspecialchars((string) $value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
        if ($return) {
            return $out;
        }
        echo $out;
        return null;
    }

    public function ifSet(&$value, $default = null)
    {
        return isset($value) ? $value : $default;
    }

    public function _(&$value, $return = false)
    {
        return $this->safe($value ?? '', false, $return);
    }
}

class Form
{
    private function attrs(array $attributes): string
    {
        $out = '';
        foreach ($attributes as $k => $v) {
            $out .= ' ' . htmlspecialchars((string) $k, ENT_QUOTES) . '="' . htmlspecialchars((string) $v, ENT_QUOTES) . '"';
        }
        return $out;
    }

    public function create($action = null, array $attributes = []): void
    {
        $attributes += ['method' => 'post'];
        echo '<form action="' . htmlspecialchars((string) $action, ENT_QUOTES) . '"' . $this->attrs($attributes) . '>';
        echo '<input type="hidden" name="_csrf_token" value="' . htmlspecialchars(Blesta::app()->csrfToken(), ENT_QUOTES) . '">';
    }

    public function end(): void
    {
        echo '</form>';
    }

    public function label($name, $for = null, array $attributes = [], $preserve_tags = false): void
    {
        echo '<label for="' . htmlspecialchars((string) $for, ENT_QUOTES) . '"' . $this->attrs($attributes) . '>'
            . htmlspecialchars((string) $name, ENT_QUOTES) . '</label>';
    }

    public function fieldText($name, $value = null, array $attributes = []): void
    {
        echo '<input type="text" name="' . htmlspecialchars((string) $name, ENT_QUOTES) . '" value="'
            . htmlspecialchars((string) $value, ENT_QUOTES) . '"' . $this->attrs($attributes) . '>';
    }

    public function fieldPassword($name, array $attributes = []): void
    {
        echo '<input type="password" name="' . htmlspecialchars((string) $name, ENT_QUOTES) . '"' . $this->attrs($attributes) . '>';
    }

    public function fieldHidden($name, $value = null, array $attributes = []): void
    {
        echo '<input type="hidden" name="' . htmlspecialchars((string) $name, ENT_QUOTES) . '" value="'
            . htmlspecialchars((string) $value, ENT_QUOTES) . '"' . $this->attrs($attributes) . '>';
    }

    public function fieldTextarea($name, $value = null, array $attributes = []): void
    {
        echo '<textarea name="' . htmlspecialchars((string) $name, ENT_QUOTES) . '"' . $this->attrs($attributes) . '>'
            . htmlspecialchars((string) $value, ENT_QUOTES) . '</textarea>';
    }

    public function fieldCheckbox($name, $value = null, $checked = false, array $attributes = []): void
    {
        echo '<input type="checkbox" name="' . htmlspecialchars((string) $name, ENT_QUOTES) . '" value="'
            . htmlspecialchars((string) $value, ENT_QUOTES) . '"' . ($checked ? ' checked="checked"' : '') . $this->attrs($attributes) . '>';
    }

    public function fieldSelect($name, array $options = [], $selected = null, array $attributes = []): void
    {
        echo '<select name="' . htmlspecialchars((string) $name, ENT_QUOTES) . '"' . $this->attrs($attributes) . '>';
        foreach ($options as $value => $text) {
            $on = is_array($selected) ? in_array((string) $value, array_map('strval', $selected), true)
                : (string) $value === (string) $selected;
            echo '<option value="' . htmlspecialchars((string) $value, ENT_QUOTES) . '"' . ($on ? ' selected="selected"' : '') . '>'
                . htmlspecialchars((string) $text, ENT_QUOTES) . '</option>';
        }
        echo '</select>';
    }

    public function fieldMultiSelect($name, array $options = [], $selected = [], array $attributes = []): void
    {
        $this->fieldSelect($name, $options, (array) $selected, $attributes + ['multiple' => 'multiple']);
    }

    public function fieldSubmit($name, $value = null, array $attributes = []): void
    {
        echo '<button type="submit" name="' . htmlspecialchars((string) $name, ENT_QUOTES) . '"' . $this->attrs($attributes) . '>'
            . htmlspecialchars((string) $value, ENT_QUOTES) . '</button>';
    }
}

/** Blesta's admin Widget helper: a framed box with a title and its link buttons. */
class Widget
{
    private array $buttons = [];

    public function clear(): void
    {
        $this->buttons = [];
    }

    public function setLinkButtons(array $buttons): void
    {
        $this->buttons = $buttons;
    }

    public function setTabs(array $tabs): void
    {
    }

    public function create($title = null, array $attributes = []): void
    {
        $attrs = '';
        foreach ($attributes as $k => $v) {
            $attrs .= ' ' . htmlspecialchars((string) $k, ENT_QUOTES) . '="' . htmlspecialchars((string) $v, ENT_QUOTES) . '"';
        }
        echo '<section class="widget card mb-3"' . $attrs . '><div class="card-header d-flex justify-content-between align-items-center"><h3 class="h5 m-0">'
            . htmlspecialchars((string) $title, ENT_QUOTES) . '</h3><div class="link-buttons">';
        foreach ($this->buttons as $b) {
            echo '<a class="btn btn-sm btn-light ms-1" href="' . htmlspecialchars((string) ($b['attributes']['href'] ?? '#'), ENT_QUOTES) . '">'
                . htmlspecialchars((string) $b['name'], ENT_QUOTES) . '</a>';
        }
        echo '</div></div><div class="card-body">';
    }
    public function end(): void
    {
        echo '</div></section>';
    }
}
