import { Option, type Command } from 'commander';
import type { CommandModule } from '../command-module.js';
import { EXIT } from '../exit-codes.js';
import { RadlabelError } from '../../errors/index.js';
import { API_ROLES } from '../../service/api-keys.js';
import type { ApiRole } from '../../service/store/service-store.js';

/**
 * After a graceful stop everything of ours is closed, but client libraries can keep a socket or
 * timer referenced; an unref'd timer ends the process then (it never fires when the loop drains).
 */
const exitSoon = (): void => {
  setTimeout(() => process.exit(process.exitCode ?? EXIT.OK), 1000).unref();
};

/** Resolves on the first SIGTERM / SIGINT (the service's graceful shutdown). */
const untilSignal = (): Promise<string> =>
  new Promise((resolve) => {
    const on = (sig: string) => () => resolve(sig);
    process.once('SIGTERM', on('SIGTERM'));
    process.once('SIGINT', on('SIGINT'));
  });

async function serviceLogger(level: string) {
  const { default: pino } = await import('pino');
  const { REDACT_PATHS } = await import('../../service/http/build-app.js');
  return pino({ level: level === 'warn' ? 'info' : level, redact: { paths: REDACT_PATHS, censor: '[REDACTED]' } });
}

const port = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new RadlabelError('USAGE', `not a port: ${v}`);
  return n;
};

  /** Opens the service store of the configured database for one command. */
const withSvc = async <T>(db: string | undefined, f: (svc: import('../../service/store/service-store.js').ServiceStore) => Promise<T>): Promise<T> => {
    const { openRunContext } = await import('../../app/run-context.js');
    const { openServiceStore } = await import('../../service/store/open-service-store.js');
    const ctx = await openRunContext({ db });
    const svc = openServiceStore(ctx.config.db);
    try {
      return await f(svc);
    } finally {
      await svc.close();
      await ctx.store.close();
    }
  };

/** `radlabel serve`: fastify (and MLLP); fastify, bullmq and ioredis are imported inside the action only. */
export const serveCommand: CommandModule = {
  register(program: Command) {
    program
      .command('serve')
      .description('run the HTTP API (and MLLP listener): embedded labelling on SQLite, or accept-and-queue with Redis')
      .option('--port <n>', 'HTTP port (default service.port, 8080)')
      .option('--host <addr>', 'listen address (default service.host, 127.0.0.1)')
      .option('--mllp-port <n>', 'MLLP listener port (default service.mllpPort; none when unset)')
      .option('--db <path>', 'SQLite path or postgres:// URL')
      .option('--ontology <id>', 'ontology id or YAML path')
      .addOption(new Option('--extractor <kind>', 'extractor (embedded mode)').choices(['rules', 'llm', 'hybrid']))
      .action(async (flags: { port?: string; host?: string; mllpPort?: string; db?: string; ontology?: string; extractor?: string }) => {
        const { openRunContext } = await import('../../app/run-context.js');
        const { startServe } = await import('../../app/serve.js');
        const ctx = await openRunContext({ db: flags.db, ontology: flags.ontology, extractor: flags.extractor, service: flags.host ? { host: flags.host } : undefined });
        const logger = await serviceLogger(ctx.config.logLevel);
        const h = await startServe(ctx, { logger, port: flags.port ? port(flags.port) : undefined, mllpPort: flags.mllpPort ? port(flags.mllpPort) : undefined });
        logger.info({ port: h.port, mllpPort: h.mllpPort, mode: h.rt.mode }, 'radlabel serve listening');
        process.stdout.write(`radlabel serve: http://${ctx.config.service.host}:${h.port} (${h.rt.mode} mode)${h.mllpPort ? `, MLLP on ${h.mllpPort}` : ''}\n`);
        const sig = await untilSignal();
        logger.info({ signal: sig }, 'shutting down');
        await h.close();
        process.exitCode = EXIT.OK;
        exitSoon();
      });
  },
};

/** `radlabel worker`: BullMQ labelling workers. */
export const workerCommand: CommandModule = {
  register(program: Command) {
    program
      .command('worker')
      .description('run BullMQ labelling workers (needs service.redisUrl / RADLABEL_REDIS_URL)')
      .option('--concurrency <n>', 'jobs at once in this process (default service.workerConcurrency, 16)')
      .option('--db <path>', 'SQLite path or postgres:// URL')
      .option('--ontology <id>', 'ontology id or YAML path')
      .addOption(new Option('--extractor <kind>', 'extractor').choices(['rules', 'llm', 'hybrid']))
      .action(async (flags: { concurrency?: string; db?: string; ontology?: string; extractor?: string }) => {
        const { openRunContext } = await import('../../app/run-context.js');
        const { startWorker } = await import('../../app/worker.js');
        const ctx = await openRunContext({ db: flags.db, ontology: flags.ontology, extractor: flags.extractor });
        const logger = await serviceLogger(ctx.config.logLevel);
        const concurrency = flags.concurrency ? Number(flags.concurrency) : undefined;
        if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1)) throw new RadlabelError('USAGE', `--concurrency must be a positive integer (got ${flags.concurrency})`);
        const w = await startWorker(ctx, { logger, concurrency });
        process.stdout.write(`radlabel worker: ${concurrency ?? ctx.config.service.workerConcurrency} at once on ${ctx.config.service.queuePrefix}\n`);
        const sig = await untilSignal();
        logger.info({ signal: sig }, 'finishing in-flight jobs');
        await w.close();
        logger.info('worker stopped');
        process.exitCode = EXIT.OK;
        exitSoon();
      });
  },
};

/** `radlabel keys create|list|revoke`. */
export const keysCommand: CommandModule = {
  register(program: Command) {
    const keys = program.command('keys').description('API keys: create (printed once, stored hashed), list, revoke');
    keys
      .command('create')
      .description('create a key; it is printed once')
      .addOption(new Option('--role <role>', 'what the key may do').choices([...API_ROLES]).makeOptionMandatory())
      .option('--name <name>', 'who or what uses it')
      .option('--db <path>', 'SQLite path or postgres:// URL')
      .action(async (flags: { role: ApiRole; name?: string; db?: string }) => {
        const { createApiKey } = await import('../../service/api-keys.js');
        const { record, key } = await withSvc(flags.db, (svc) => createApiKey(svc, flags.role, flags.name));
        process.stdout.write(`${key}\n`);
        process.stderr.write(`created ${record.id} (${record.role}, ${record.name}); the key is shown only now\n`);
        process.exitCode = EXIT.OK;
      });
    keys
      .command('list')
      .description('list keys (never the keys themselves)')
      .option('--db <path>', 'SQLite path or postgres:// URL')
      .action(async (flags: { db?: string }) => {
        const list = await withSvc(flags.db, (svc) => svc.listKeys());
        for (const k of list) process.stdout.write(`${k.id}  ${k.role.padEnd(6)}  ${k.createdAt}  ${k.revokedAt ? `revoked ${k.revokedAt}` : 'active'}  ${k.name}\n`);
        if (!list.length) process.stdout.write('no keys\n');
        process.exitCode = EXIT.OK;
      });
    keys
      .command('revoke')
      .description('revoke a key by id')
      .argument('<id>', 'key id from keys list')
      .option('--db <path>', 'SQLite path or postgres:// URL')
      .action(async (id: string, flags: { db?: string }) => {
        const ok = await withSvc(flags.db, (svc) => svc.revokeKey(id));
        if (!ok) throw new RadlabelError('USAGE', `no active key ${id}`);
        process.stdout.write(`revoked ${id}\n`);
        process.exitCode = EXIT.OK;
      });
  },
};

/** `radlabel purge-quarantine`. */
export const purgeQuarantineCommand: CommandModule = {
  register(program: Command) {
    program
      .command('purge-quarantine')
      .description('delete the raw input of quarantine rows older than the retention (service.quarantineRetentionDays)')
      .option('--older-than-days <n>', 'override the retention')
      .option('--db <path>', 'SQLite path or postgres:// URL')
      .action(async (flags: { olderThanDays?: string; db?: string }) => {
        const { loadConfig } = await import('../../config/load-config.js');
        const days = flags.olderThanDays !== undefined ? Number(flags.olderThanDays) : loadConfig({ db: flags.db }).service.quarantineRetentionDays;
        if (!Number.isFinite(days) || days < 0) throw new RadlabelError('USAGE', `--older-than-days must be a number ≥ 0 (got ${flags.olderThanDays})`);
        const before = new Date(Date.now() - days * 86_400_000).toISOString();
        const n = await withSvc(flags.db, (svc) => svc.purgeQuarantineRaw(before));
        process.stdout.write(`purged the raw input of ${n} quarantine row(s) older than ${days} day(s)\n`);
        process.exitCode = EXIT.OK;
      });
  },
};

/** `radlabel serve`, `worker`, `keys` and `purge-quarantine` together (one module per name for the lazy CLI). */
export const serviceCommand: CommandModule = {
  register(program: Command) {
    for (const c of [serveCommand, workerCommand, keysCommand, purgeQuarantineCommand]) c.register(program);
  },
};
