<?php
declare(strict_types=1);

namespace ZimbraAdmin;

/** A mistake in how the command was called: shown with a hint, exit code 2. */
final class Usage extends \RuntimeException
{
}

/** What the command names does not exist in Zimbra (a domain, mailbox or list): exit code 3. */
final class NotFound extends \RuntimeException
{
}

/** Zimbra refused, and the tool knows what to do instead: exit code 4, as any refusal. */
final class Refused extends \RuntimeException
{
}
