import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/config-schema.js';
import { loadConfig, stripCommentKeys } from '../../src/config/load-config.js';

describe('service configuration', () => {
  it('accepts the example config file of the repository', () => {
    const parsed = ConfigSchema.safeParse(stripCommentKeys(JSON.parse(readFileSync('radlabel.config.example.json', 'utf8'))));
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
  });

  it('reads service and LLM settings from RADLABEL_* variables, flags winning, numbers coerced', () => {
    const env = {
      RADLABEL_CONFIG: '/nonexistent.json',
      RADLABEL_REDIS_URL: 'redis://127.0.0.1:6390',
      RADLABEL_SERVICE_BODY_LIMIT_BYTES: '1024',
      RADLABEL_SERVICE_QUEUE_PREFIX: '{x}',
      RADLABEL_LLM_PROVIDER: 'openai',
      RADLABEL_LLM_MODEL: 'from-env',
    };
    const c = loadConfig({ llm: { model: 'from-flag' } }, env);
    expect(c.service.redisUrl).toBe('redis://127.0.0.1:6390');
    expect(c.service.bodyLimitBytes).toBe(1024);
    expect(c.service.queuePrefix).toBe('{x}');
    expect(c.llm).toMatchObject({ provider: 'openai', model: 'from-flag' });
    expect(loadConfig({}, { RADLABEL_CONFIG: '/nonexistent.json' }).service.port).toBe(8080);
  });

  it('has one MLLP configuration, feeds.mllp: the old service.mllp* settings are deprecated aliases moved there with a warning', async () => {
    const base = { RADLABEL_CONFIG: '/nonexistent.json' };
    const warnings: string[] = [];
    const onWarning = (w: Error) => void warnings.push(`${w.name}: ${w.message}`);
    process.on('warning', onWarning);
    try {
      // Canonical: file / flags and RADLABEL_MLLP_* variables, numbers coerced.
      expect(loadConfig({ feeds: { mllp: { port: 2575 } } }, base).feeds.mllp).toMatchObject({ port: 2575, host: '127.0.0.1', maxFrameBytes: 1_048_576 });
      expect(loadConfig({}, { ...base, RADLABEL_MLLP_PORT: '2576', RADLABEL_MLLP_MAX_FRAME_BYTES: '4096', RADLABEL_MLLP_HOST: '0.0.0.0' }).feeds.mllp).toMatchObject({ port: 2576, maxFrameBytes: 4096, host: '0.0.0.0' });
      await new Promise((r) => setImmediate(r));
      expect(warnings).toEqual([]);
      // Each deprecated spelling, from the file / flags and from the environment.
      const viaFile = loadConfig({ service: { mllpPort: 2577, mllpMaxFrameBytes: 8192, mllpIdleTimeoutMs: 5000 } }, base);
      expect(viaFile.feeds.mllp).toMatchObject({ port: 2577, maxFrameBytes: 8192, idleTimeoutMs: 5000 });
      expect(viaFile.service).not.toHaveProperty('mllpPort');
      const viaEnv = loadConfig({}, { ...base, RADLABEL_SERVICE_MLLP_IDLE_TIMEOUT_MS: '7000' });
      expect(viaEnv.feeds.mllp.idleTimeoutMs).toBe(7000);
      // The same value both ways is fine; different values are an error naming both.
      expect(loadConfig({ service: { mllpPort: 2578 }, feeds: { mllp: { port: 2578 } } }, base).feeds.mllp.port).toBe(2578);
      expect(() => loadConfig({ service: { mllpPort: 2579 }, feeds: { mllp: { port: 2580 } } }, base)).toThrow(/service\.mllpPort \(2579\) and feeds\.mllp\.port \(2580\) disagree/);
      await new Promise((r) => setImmediate(r));
      for (const [old, key] of [['mllpPort', 'port'], ['mllpMaxFrameBytes', 'maxFrameBytes'], ['mllpIdleTimeoutMs', 'idleTimeoutMs']]) {
        expect(warnings.some((w) => w.startsWith('DeprecationWarning: ') && w.includes(`service.${old}`) && w.includes(`use feeds.mllp.${key}`)), old).toBe(true);
      }
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('names the bad setting', () => {
    expect(() => loadConfig({}, { RADLABEL_CONFIG: '/nonexistent.json', RADLABEL_SERVICE_QUEUE_PREFIX: 'no-braces' })).toThrow(/queuePrefix/);
    expect(() => loadConfig({}, { RADLABEL_CONFIG: '/nonexistent.json', RADLABEL_SERVICE_ENCRYPTION_KEY: 'short' })).toThrow(/encryptionKey/);
  });
});
