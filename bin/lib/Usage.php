<?php
declare(strict_types=1);

namespace ZimbraAdmin;

/** A mistake in how the command was called: shown with a hint, exit code 2. */
final class Usage extends \RuntimeException
{
}
