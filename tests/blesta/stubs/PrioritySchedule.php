<?php
/**
 * Stand-ins for phillipsdata/priority-schedule (MIT), which Blesta's Module::selectModuleRow()
 * uses (../shared/reference/blesta-module.md §4, §16). The package is not served by this
 * machine's Packagist mirror (404), so its two schedules are written here by behaviour:
 * FirstAvailable hands out items in the order they were inserted; RoundRobin hands out the
 * item a comparator ranks first (Blesta ranks rows by fewest accounts), earlier inserts first
 * among equals.
 */
class FirstAvailableSchedule
{
    private array $items = [];

    public function insert($item): void
    {
        $this->items[] = $item;
    }

    public function valid(): bool
    {
        return $this->items !== [];
    }

    public function extract()
    {
        return array_shift($this->items);
    }
}

class RoundRobinSchedule
{
    private array $items = [];

    /** @param callable $ranksBefore fn($a, $b): int, negative when $a goes first */
    public function __construct(private $ranksBefore)
    {
    }

    public function insert($item): void
    {
        $this->items[] = $item;
    }

    public function valid(): bool
    {
        return $this->items !== [];
    }

    public function extract()
    {
        $best = 0;
        foreach ($this->items as $i => $item) {
            if (($this->ranksBefore)($item, $this->items[$best]) < 0) {
                $best = $i;
            }
        }
        return array_splice($this->items, $best, 1)[0];
    }
}
