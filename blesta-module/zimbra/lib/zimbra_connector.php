<?php
/**
 * What the module's classes need to reach a server row: the module log and the time a call may
 * take. connect() gives a ZimbraConnection to one row; log() writes a line about a row without one.
 */
final class ZimbraConnector
{
    /**
     * @param Closure(string, string, string, bool): void $log the module log: url, data, direction, success
     * @param float $timeout seconds a provisioning call may take
     * @param float $tabTimeout seconds a tab page waits for Zimbra, connecting included
     */
    public function __construct(private readonly Closure $log, public readonly float $timeout, public readonly float $tabTimeout)
    {
    }

    /**
     * Every Zimbra call needs the extension: without it, say so plainly rather than fail with a fatal error.
     *
     * @throws ZimbraFailure
     */
    public static function requireExtension(): void
    {
        if (!extension_loaded('zimbra')) {
            throw ZimbraFailure::of('extension', 'extension.missing');
        }
    }

    /** The row's server, for calls of $timeout seconds each (the provisioning timeout by default). */
    public function connect(object $row, ?float $timeout = null): ZimbraConnection
    {
        return new ZimbraConnection($row, $this, $timeout ?? $this->timeout);
    }

    /** A line of the module log about a row's server: "host|what". */
    public function log(?object $row, string $what, string $data, string $direction, bool $success): void
    {
        ($this->log)(($row->meta->host_name ?? 'zimbra') . '|' . $what, $data, $direction, $success);
    }

    /**
     * Anything thrown while working for $row, as a ZimbraFailure (ZimbraFailure::from()). A failure
     * that did not come through a connection's call() (which logged it already) goes to the module
     * log here, with its detail.
     */
    public function failure(?object $row, \Throwable $e): ZimbraFailure
    {
        if (!$e instanceof ZimbraFailure) {
            $this->log($row, 'error', json_encode(['error' => $e->getMessage(), 'class' => get_class($e)]
                + ($e instanceof Zimbra\FaultException ? ['fault' => $e->getFaultCode()] : [])), 'output', false);
        }
        return ZimbraFailure::from($e);
    }
}
