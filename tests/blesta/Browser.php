<?php
/**
 * What a browser does with the harness's pages, in process: GET a page, follow a redirect, and
 * submit a form the page really has, with the values its inputs carry (hidden ones and the CSRF
 * token included) plus what the test types. A field the form does not have cannot be typed, so
 * a test cannot post what a user could not. post() sends a raw request, for forgeries.
 */
final class Browser
{
    public ?BlestaResponse $response = null;
    public string $url = '';
    private ?DOMXPath $dom = null;

    public function __construct(private Blesta $app)
    {
    }

    public function get(string $url): BlestaResponse
    {
        return $this->load('GET', $url, []);
    }

    /** A raw POST: with the session's token (a logged-in user's own forgery), a wrong one, or none. */
    public function post(string $url, array $fields, ?string $token = 'valid'): BlestaResponse
    {
        if ($token !== null) {
            $fields['_csrf_token'] = $token === 'valid' ? $this->app->csrfToken() : $token;
        }
        return $this->load('POST', $url, $fields);
    }

    /**
     * Fill and submit the form matched by $selector (a CSS selector of tags, classes,
     * [attr=value] and descendants). $fields sets text inputs, selects and textareas;
     * true/false ticks checkboxes. Returns the response after any redirect.
     */
    public function submit(string $selector, array $fields = [], ?string $token = null): BlestaResponse
    {
        $form = $this->one($selector);
        if ($form->nodeName !== 'form') {
            $form = self::elements($this->dom->query('ancestor::form', $form))[0] ?? throw new RuntimeException("$selector is not in a form");
        }
        $values = [];
        $names = [];
        foreach (self::elements($this->dom->query('.//input | .//select | .//textarea', $form)) as $input) {
            $name = $input->getAttribute('name');
            if ($name === '') {
                continue;
            }
            $names[$name] = $input;
            $type = strtolower($input->getAttribute('type'));
            if ($input->nodeName === 'select' && $input->hasAttribute('multiple')) {
                foreach (self::elements($this->dom->query('.//option[@selected]', $input)) as $option) {
                    self::put($values, $name, $option->getAttribute('value'));
                }
            } elseif ($input->nodeName === 'select') {
                $selected = self::elements($this->dom->query('.//option[@selected]', $input));
                $first = self::elements($this->dom->query('.//option', $input))[0] ?? null;
                $value = $selected ? $selected[0]->getAttribute('value') : ($first ? $first->getAttribute('value') : '');
                self::put($values, $name, $value);
            } elseif ($input->nodeName === 'textarea') {
                self::put($values, $name, $input->textContent);
            } elseif (in_array($type, ['checkbox', 'radio'], true)) {
                if ($input->hasAttribute('checked')) {
                    self::put($values, $name, $input->getAttribute('value'));
                }
            } elseif ($type !== 'submit' && $type !== 'button') {
                self::put($values, $name, $input->getAttribute('value'));
            }
        }
        foreach ($fields as $name => $value) {
            if (!isset($names[$name])) {
                throw new RuntimeException("the form $selector has no field $name");
            }
            if (is_bool($value)) {
                $value ? self::put($values, $name, $names[$name]->getAttribute('value')) : self::remove($values, $name);
            } elseif (is_array($value)) {
                $values[strtok($name, '[')] = array_values($value);  // a multiple select: name[] with these options
            } else {
                self::put($values, $name, $value);
            }
        }
        if ($token === '') {
            unset($values['_csrf_token']);  // a form without the token, as a hand-written one is
        } elseif ($token !== null) {
            $values['_csrf_token'] = $token;
        }
        $action = $form->getAttribute('action');
        $method = strtoupper($form->getAttribute('method') ?: 'GET');
        $url = $this->resolve($action === '' ? $this->url : $action);
        if ($method === 'GET') {
            $url = strtok($url, '?') . '?' . http_build_query($values);
            return $this->load('GET', $url, []);
        }
        return $this->load('POST', $url, $values);
    }

    /** Follow a link (an <a> matched by $selector). */
    public function click(string $selector): BlestaResponse
    {
        return $this->get($this->resolve($this->one($selector)->getAttribute('href')));
    }

    public function has(string $selector): bool
    {
        return $this->all($selector) !== [];
    }

    public function count(string $selector): int
    {
        return count($this->all($selector));
    }

    public function text(string $selector): string
    {
        return trim(preg_replace('/\s+/', ' ', $this->one($selector)->textContent));
    }

    public function attr(string $selector, string $name): string
    {
        return $this->one($selector)->getAttribute($name);
    }

    public function html(): string
    {
        return $this->response === null ? '' : $this->response->body;
    }

    public function one(string $selector): DOMElement
    {
        return $this->all($selector)[0] ?? throw new RuntimeException("nothing matches $selector on {$this->url}");
    }

    /** @return list<DOMElement> the elements $selector matches, in document order */
    public function all(string $selector): array
    {
        if ($this->dom === null) {
            throw new RuntimeException('no page loaded');
        }
        return self::elements($this->dom->query(self::xpath($selector)));
    }

    /** @return list<DOMElement> */
    private static function elements(DOMNodeList|false $nodes): array
    {
        $elements = [];
        foreach ($nodes ?: [] as $node) {
            if ($node instanceof DOMElement) {
                $elements[] = $node;
            }
        }
        return $elements;
    }

    private function load(string $method, string $url, array $post): BlestaResponse
    {
        for ($hops = 0; $hops < 5; $hops++) {
            $response = $this->app->request($method, $url, $post);
            $this->url = $url;
            $location = $response->location();
            // A redirect out of Blesta (webmail) is not followed: the test reads where it goes.
            if ($response->status !== 302 || $location === null || !str_starts_with($location, '/')) {
                break;
            }
            [$method, $url, $post] = ['GET', $location, []];
        }
        $this->response = $response;
        $doc = new DOMDocument();
        if ($response->body !== '') {
            $previous = libxml_use_internal_errors(true);
            $doc->loadHTML('<?xml encoding="utf-8"?>' . $response->body, LIBXML_NONET);
            libxml_clear_errors();
            libxml_use_internal_errors($previous);
        }
        $this->dom = new DOMXPath($doc);
        return $response;
    }

    private function resolve(string $href): string
    {
        if (str_starts_with($href, '/')) {
            return $href;
        }
        $base = strtok($this->url, '?');
        if (str_starts_with($href, '?')) {
            return $base . $href;
        }
        return rtrim(substr($base, 0, strrpos($base, '/') + 1), '/') . '/' . $href;
    }

    /** "a[b]" => value into nested arrays, as PHP builds $_POST; "a[]" appends. */
    private static function put(array &$values, string $name, $value): void
    {
        preg_match_all('/\[([^\]]*)\]/', $name, $m);
        $base = strtok($name, '[');
        $ref = &$values[$base];
        foreach ($m[1] as $key) {
            if ($key === '') {
                $ref[] = null;
                end($ref);
                $ref = &$ref[key($ref)];
            } else {
                $ref = &$ref[$key];
            }
        }
        $ref = $value;
    }

    private static function remove(array &$values, string $name): void
    {
        unset($values[strtok($name, '[')]);
    }

    /** A small CSS selector to XPath: tag, .class, #id, [attr], [attr=value] (quoted or not), descendants, :has-text(...) */
    private static function xpath(string $selector): string
    {
        $xpath = '';
        foreach (preg_split('/\s+(?=(?:[^"\']*["\'][^"\']*["\'])*[^"\']*$)(?![^\[]*\])(?![^(]*\))/', trim($selector)) as $part) {
            preg_match('/^([a-z0-9*]*)/i', $part, $tag);
            $x = '//' . ($tag[1] !== '' ? $tag[1] : '*');
            $pattern = '/\.([\w-]+)|#([\w-]+)|\[([\w-]+)(=(?:"([^"]*)"|\'([^\']*)\'|([^\]]*)))?\]|:has-text\(["\']?(.*?)["\']?\)/';
            preg_match_all($pattern, $part, $m, PREG_SET_ORDER | PREG_UNMATCHED_AS_NULL);
            foreach ($m as $p) {
                if ($p[1] !== null) {
                    $x .= "[contains(concat(' ', normalize-space(@class), ' '), ' {$p[1]} ')]";
                } elseif ($p[2] !== null) {
                    $x .= "[@id='{$p[2]}']";
                } elseif ($p[3] !== null) {
                    $value = $p[5] ?? $p[6] ?? $p[7];
                    $x .= $p[4] !== null ? "[@{$p[3]}=" . self::literal($value) . ']' : "[@{$p[3]}]";
                } elseif ($p[8] !== null) {
                    $x .= '[contains(normalize-space(.), ' . self::literal($p[8]) . ')]';
                }
            }
            $xpath .= $x;
        }
        return $xpath;
    }

    private static function literal(string $s): string
    {
        return !str_contains($s, "'") ? "'$s'" : 'concat(\'' . str_replace("'", "', \"'\", '", $s) . '\')';
    }
}
