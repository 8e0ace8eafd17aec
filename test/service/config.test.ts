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

  it('names the bad setting', () => {
    expect(() => loadConfig({}, { RADLABEL_CONFIG: '/nonexistent.json', RADLABEL_SERVICE_QUEUE_PREFIX: 'no-braces' })).toThrow(/queuePrefix/);
    expect(() => loadConfig({}, { RADLABEL_CONFIG: '/nonexistent.json', RADLABEL_SERVICE_ENCRYPTION_KEY: 'short' })).toThrow(/encryptionKey/);
  });
});
