<?php
/** What a tab shows: a view and its values, or a redirect (webmail) with the page to show meanwhile. */
final class ZimbraTabPage
{
    public function __construct(public readonly string $view, public readonly array $vars, public readonly ?string $redirect = null)
    {
    }
}
