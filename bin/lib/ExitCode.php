<?php
declare(strict_types=1);

namespace ZimbraAdmin;

/** The exit codes, one meaning each, the same for every command (listed by `zimbra-admin help`). */
final class ExitCode
{
    public const OK = 0;
    public const PARTIAL = 1;        // an import finished, but some rows failed
    public const USAGE = 2;          // unknown command or option, missing argument, bad configuration
    public const NOT_FOUND = 3;      // no such domain, mailbox or list
    public const REFUSED = 4;        // Zimbra refused the request (a fault)
    public const UNREACHABLE = 5;    // Zimbra could not be reached, or answered what is not SOAP
    public const NO_EXTENSION = 6;   // the zimbra PHP extension is not loaded
    public const INTERRUPTED = 130;  // Ctrl-C (SIGINT); 143 for SIGTERM: 128 + the signal, as shells report it
    public const CLOSED_PIPE = 141;  // the reader of the output went away (SIGPIPE: `... | head`), ended quietly

    public const HELP = <<<TXT
    Exit codes:
      0    done
      1    an import finished, but some rows failed (each is reported)
      2    wrong usage: unknown command or option, missing argument, bad configuration
      3    not found: no such domain, mailbox or list
      4    Zimbra refused the request
      5    Zimbra could not be reached, or did not answer in SOAP
      6    the zimbra PHP extension is not loaded
      130  interrupted (Ctrl-C); 143 terminated (SIGTERM)
      141  the output's reader went away (`| head`): ended quietly, as coreutils do
    TXT;
}
