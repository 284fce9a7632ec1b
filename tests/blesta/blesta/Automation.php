<?php
/**
 * app/models/cron_tasks.php and the automation run of a module's task, as Blesta 5 has them
 * (read 2026-11-28; blesta-module.md §4 "cron($key) returns log lines, registered with CronTasks"):
 *  - CronTasks::add() refuses an empty name, a key longer than 64 characters or already used by
 *    the same task_type and dir, a task_type other than module/plugin/system, a type other than
 *    time/interval; it returns the new id, or nothing on error;
 *  - addTaskRun() is per company: an interval task needs a numeric interval, in minutes; a time
 *    task a daily time;
 *  - deleteTask($id, $task_type, $dir) deletes only a module's or plugin's task, with its runs;
 *  - the automation task of a module makes the module object (Modules->create()), calls
 *    setModule() with the installed module (never setModuleRow()), calls cron($key), logs each
 *    line it returns, and logs a Throwable's message and trace instead of stopping.
 */
final class CronTasks extends BlestaModel
{
    public function add(array $vars)
    {
        $vars['task_type'] = $vars['task_type'] ?? 'system';
        $taken = fn ($key) => !array_filter($this->app->db['cron_tasks'], fn ($t) => $t['key'] === $key
            && $t['task_type'] === $vars['task_type'] && $t['dir'] === ($vars['dir'] ?? null));
        $this->Input->setRules([
            'name' => ['empty' => ['rule' => 'isEmpty', 'negate' => true, 'message' => 'Please enter a name.']],
            'key' => ['unique' => ['rule' => $taken, 'message' => 'The key is already in use.'],
                'length' => ['rule' => ['maxLength', 64], 'message' => 'The key may be at most 64 characters.']],
            'task_type' => ['format' => ['rule' => ['in_array', ['module', 'plugin', 'system']], 'message' => 'Invalid task type.']],
            'type' => ['format' => ['if_set' => true, 'rule' => ['in_array', ['time', 'interval']], 'message' => 'Invalid type.']],
        ]);
        if (!$this->Input->validates($vars)) {
            return null;
        }
        $id = $this->app->nextId('cron_tasks');
        $this->app->db['cron_tasks'][$id] = ['id' => $id, 'key' => (string) $vars['key'], 'task_type' => $vars['task_type'],
            'dir' => $vars['dir'] ?? null, 'name' => (string) $vars['name'], 'description' => (string) ($vars['description'] ?? ''),
            'is_lang' => (int) ($vars['is_lang'] ?? 0), 'type' => $vars['type'] ?? 'interval'];
        return $id;
    }

    public function getByKey($key, $plugin_dir = null, $task_type = 'plugin')
    {
        foreach ($this->app->db['cron_tasks'] as $t) {
            if ($t['key'] === $key && $t['dir'] === $plugin_dir && $t['task_type'] === $task_type) {
                return (object) $t;
            }
        }
        return false;
    }

    public function addTaskRun($task_id, array $vars)
    {
        $task = $this->app->db['cron_tasks'][(int) $task_id] ?? null;
        $field = ($task['type'] ?? 'interval') === 'time' ? 'time' : 'interval';
        $this->Input->setRules([
            'task_id' => ['exists' => ['rule' => fn () => $task !== null, 'message' => 'No such cron task.']],
            $field => ['format' => $field === 'interval'
                ? ['rule' => 'is_numeric', 'message' => 'The interval must be a number of minutes.']
                : ['rule' => ['matches', '/^([0-9]{1,2}):([0-9]{2})(:([0-9]{2}))?$/'], 'message' => 'The time must be HH:MM.']],
            'enabled' => ['format' => ['if_set' => true, 'rule' => 'is_numeric', 'message' => 'Enabled must be 0 or 1.']],
        ]);
        $vars['task_id'] = $task_id;
        if (!$this->Input->validates($vars)) {
            return null;
        }
        $id = $this->app->nextId('cron_task_runs');
        // Always for the current company (CronTasks::addTaskRun() sets company_id from Configure).
        $this->app->db['cron_task_runs'][$id] = ['id' => $id, 'task_id' => (int) $task_id, 'company_id' => (int) Configure::get('Blesta.company_id'),
            $field => (string) $vars[$field], 'enabled' => (int) ($vars['enabled'] ?? 1), 'last_run' => null];
        return $id;
    }

    /** The admin's Automation page: another interval, or the task switched off. */
    public function editTaskRun($task_run_id, array $vars): void
    {
        $run = &$this->app->db['cron_task_runs'][(int) $task_run_id];
        foreach (['interval', 'time', 'enabled'] as $k) {
            if (isset($vars[$k])) {
                $run[$k] = $k === 'enabled' ? (int) $vars[$k] : (string) $vars[$k];
            }
        }
    }

    public function getTaskRunByKey($key, $plugin_dir = null, $system = false, $task_type = 'plugin')
    {
        $task = $this->getByKey($key, $plugin_dir, $task_type);
        foreach ($task ? $this->app->db['cron_task_runs'] : [] as $run) {
            if ($run['task_id'] === $task->id && $run['company_id'] === (int) Configure::get('Blesta.company_id')) {
                return (object) ($run + (array) $task + ['task_run_id' => $run['id']]);
            }
        }
        return false;
    }

    public function deleteTask($task_id, $task_type, $dir): void
    {
        $task = $this->app->db['cron_tasks'][(int) $task_id] ?? null;
        if (!in_array($task_type, ['plugin', 'module'], true) || !$task || $task['task_type'] !== $task_type || $task['dir'] !== $dir) {
            return;
        }
        unset($this->app->db['cron_tasks'][(int) $task_id]);
        $this->app->db['cron_task_runs'] = array_filter($this->app->db['cron_task_runs'], fn ($r) => $r['task_id'] !== (int) $task_id);
    }

    /**
     * One pass of Blesta's cron at $now (a Unix time) for the current company: every enabled
     * module task run of the company whose interval has passed since its last run (or that never
     * ran) runs, on the company's install of the module. Returns the lines logged.
     */
    public function runDue(int $now): array
    {
        $logged = [];
        foreach ($this->app->db['cron_task_runs'] as $id => $run) {
            $task = $this->app->db['cron_tasks'][$run['task_id']] ?? null;
            $company = (int) Configure::get('Blesta.company_id');
            $modules = $task && $run['company_id'] === $company ? $this->app->ModuleManager->getByClass($task['dir'], $company) : [];
            if (!$task || $task['task_type'] !== 'module' || !$run['enabled'] || !$modules
                || ($run['last_run'] !== null && $run['last_run'] + 60 * (int) ($run['interval'] ?? 1440) > $now)) {
                continue;
            }
            $this->app->db['cron_task_runs'][$id]['last_run'] = $now;
            $lines = ["Attempting to run module task {$task['dir']} {$task['key']}."];
            try {
                $module = $this->app->newModule();
                $module->setModule($this->app->ModuleManager->get($modules[0]->id));
                /** @var mixed $out any module's cron(): whatever it returns */
                $out = $module->cron($task['key']);
                $lines = array_merge($lines, is_array($out) ? array_map('strval', $out) : []);
            } catch (Throwable $e) {
                $lines[] = $e->getMessage() . "\n" . $e->getTraceAsString();
            }
            $lines[] = "The module task {$task['dir']} {$task['key']} has completed.";
            foreach ($lines as $line) {
                $this->app->db['cron_log'][] = ['time' => $now, 'line' => $line];
                blesta_audit('cron', $line);
            }
            $logged = array_merge($logged, $lines);
        }
        return $logged;
    }
}
