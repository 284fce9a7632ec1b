<?php
/**
 * Why a module action stopped, as a value: the errors to show, keyed as Blesta's Input keys them
 * (field => [rule => message]), and the Zimbra exception behind them, if any.
 *
 * The module's plain classes throw this and nothing else for a failure they have put in words; the
 * Zimbra class turns it into Blesta's Input errors in one place (Zimbra::guard()). No class sets
 * Input errors on the side.
 */
final class ZimbraFailure extends \RuntimeException
{
    /** @param array<string, array<string, string>> $errors */
    public function __construct(public readonly array $errors, ?\Throwable $cause = null)
    {
        $first = array_values(array_values($errors)[0] ?? [])[0] ?? 'failed';
        parent::__construct((string) $first, 0, $cause);
    }

    /** One error: Language key Zimbra.!error.$key with $args, under $field. */
    public static function of(string $field, string $key, array $args = [], ?\Throwable $cause = null): self
    {
        $rule = substr($key, (int) strrpos('.' . $key, '.'));
        return new self([$field => [$rule => Language::_('Zimbra.!error.' . $key, true, ...$args)]], $cause);
    }

    /**
     * Anything thrown, in words an admin can act on: a ZimbraFailure as it is; Zimbra out of reach
     * or its reply unreadable; Zimbra's refusal with its code; anything else as an internal error.
     */
    public static function from(\Throwable $e): self
    {
        if ($e instanceof self) {
            return $e;
        }
        if (ZimbraConnection::isLost($e)) {
            return self::of('api', 'api.connection', [$e->getMessage()], $e);
        }
        if ($e instanceof Zimbra\Exception) {
            return self::of('api', 'api.result', [$e->getMessage(), $e instanceof Zimbra\FaultException ? $e->getFaultCode() : get_class($e)], $e);
        }
        return self::of('api', 'api.internal', [$e->getMessage()], $e);
    }

    /** Every message, in order, as one line (Blesta's message area). */
    public function sentence(): string
    {
        return implode(' ', array_merge(...array_map('array_values', array_values($this->errors))));
    }

    /** The Zimbra exception behind it; null when the module stopped on its own (a limit, a refusal). */
    public function cause(): ?\Throwable
    {
        return $this->getPrevious();
    }

    /** The same failure told differently. */
    public function withErrors(array $errors): self
    {
        return new self($errors, $this->getPrevious());
    }

    /** A fault with one of these codes is behind it. */
    public function isFault(string ...$codes): bool
    {
        $cause = $this->getPrevious();
        return $cause instanceof Zimbra\FaultException && in_array($cause->getFaultCode(), $codes, true);
    }
}
