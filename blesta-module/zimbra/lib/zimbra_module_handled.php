<?php
/** Marks a failure whose Input error is already set: the entry point only has to stop. */
final class ZimbraModuleHandled extends \RuntimeException
{
}
