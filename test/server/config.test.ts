/** Configuration: defaults, and every invalid value stops the start with a message that says what to fix. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_BODY_BYTES } from '../../src/schema/index.js';
import { ConfigError, loadConfig } from '../../server/config.js';

const problems = (env: Record<string, string>): readonly string[] => {
  try {
    loadConfig(env);
  } catch (e) {
    assert.ok(e instanceof ConfigError);
    return e.problems;
  }
  assert.fail('expected a ConfigError');
};

describe('loadConfig', () => {
  it('defaults', () => {
    const c = loadConfig({});
    assert.equal(c.port, 8080);
    assert.equal(c.host, '127.0.0.1');
    assert.equal(c.databaseUrl, null);
    assert.equal(c.databasePath, './data/civic-widgets.db');
    assert.deepEqual(c.corsOrigins, []);
    assert.equal(c.adminToken, null);
    assert.equal(c.bodyLimitBytes, MAX_BODY_BYTES);
    assert.equal(c.rateLimitPerMinute, 20);
    assert.equal(c.minFillMs, 3000);
    assert.equal(c.trustProxy, 0);
    assert.equal(c.seed, 'auto');
    assert.equal(c.demoPage, true);
    assert.equal(loadConfig({ NODE_ENV: 'production' }).demoPage, false);
  });

  it('reads valid values', () => {
    const c = loadConfig({
      PORT: '3000',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://u@db:5432/civic',
      CORS_ORIGINS: 'https://www.example.be, http://localhost:8000/',
      ADMIN_TOKEN: 'a'.repeat(32),
      BODY_LIMIT_BYTES: '65536',
      RATE_LIMIT_PER_MINUTE: '5',
      MIN_FILL_MS: '0',
      TRUST_PROXY: '2',
      SEED: 'none',
      LOG_LEVEL: 'debug',
      DEMO_PAGE: 'off',
    });
    assert.deepEqual(c.corsOrigins, ['https://www.example.be', 'http://localhost:8000']);
    assert.equal(c.trustProxy, 2);
    assert.equal(c.databaseUrl, 'postgres://u@db:5432/civic');
    assert.equal(c.demoPage, false);
    assert.equal(loadConfig({ TRUST_PROXY: 'true' }).trustProxy, 1);
  });

  it('lists every problem at once, each saying what to fix', () => {
    const p = problems({
      ADMIN_TOKEN: 'short',
      PORT: '99999',
      CORS_ORIGINS: 'https://ok.example,www.example.be,https://x.example/path',
      DATABASE_URL: 'mysql://x',
      SEED: 'lots',
      LOG_LEVEL: 'loud',
      RATE_LIMIT_PER_MINUTE: '-1',
      DEMO_PAGE: 'maybe',
      TRUST_PROXY: 'sure',
    });
    assert.equal(p.length, 10, p.join('\n'));
    assert.ok(p.some((m) => m.includes('ADMIN_TOKEN') && m.includes('at least 32')));
    assert.ok(p.some((m) => m.includes('PORT') && m.includes('0 to 65535')));
    assert.ok(p.some((m) => m.includes('"www.example.be" is not an origin')));
    assert.ok(p.some((m) => m.includes('"https://x.example/path" is not an origin')));
    assert.ok(p.some((m) => m.includes('DATABASE_URL')));
    assert.ok(new ConfigError(p).message.includes('ADMIN_TOKEN'));
  });

  it('STAFF_SESSION_IDLE_MINUTES (30) and STAFF_SESSION_MAX_HOURS (12): whole numbers in range, else a clear error', () => {
    assert.equal(loadConfig({}).staffSessionIdleMinutes, 30);
    assert.equal(loadConfig({}).staffSessionMaxHours, 12);
    const c = loadConfig({ STAFF_SESSION_IDLE_MINUTES: '15', STAFF_SESSION_MAX_HOURS: '8' });
    assert.equal(c.staffSessionIdleMinutes, 15);
    assert.equal(c.staffSessionMaxHours, 8);
    const p = problems({ STAFF_SESSION_IDLE_MINUTES: '0', STAFF_SESSION_MAX_HOURS: 'ten' });
    assert.equal(p.length, 2, p.join('\n'));
    assert.ok(p.some((m) => m.includes('STAFF_SESSION_IDLE_MINUTES') && m.includes('1 to 1440')));
    assert.ok(p.some((m) => m.includes('STAFF_SESSION_MAX_HOURS') && m.includes('1 to 720')));
  });

  it('RETENTION_DAYS: 365 by default, a whole number of days from 1, else a clear error', () => {
    assert.equal(loadConfig({}).retentionDays, 365);
    assert.equal(loadConfig({ RETENTION_DAYS: '30' }).retentionDays, 30);
    for (const bad of ['0', '-5', 'year', '1.5', '40000']) {
      const p = problems({ RETENTION_DAYS: bad });
      assert.equal(p.length, 1, p.join('\n'));
      assert.ok(p[0]!.includes(`RETENTION_DAYS="${bad}"`) && p[0]!.includes('from 1 to 36500'), p[0]);
    }
  });

  it('mail: off without SMTP_URL/SMTP_HOST; SMTP_URL or SMTP_HOST settings, their defaults, and clear errors', () => {
    assert.equal(loadConfig({}).mail, null);
    const url = loadConfig({
      SMTP_URL: 'smtps://mailer%40x:p%3Ass@smtp.example.be',
      MAIL_FROM: 'Gemeente <noreply@example.be>',
    }).mail;
    assert.deepEqual(
      { ...url },
      {
        host: 'smtp.example.be',
        port: 465,
        secure: true,
        starttls: 'auto',
        user: 'mailer@x',
        password: 'p:ss',
        tlsRejectUnauthorized: true,
        from: 'Gemeente <noreply@example.be>',
        fromAddress: 'noreply@example.be',
        maxAttempts: 10,
        retryBaseMs: 30_000,
        leaseSeconds: 300,
      },
    );
    const host = loadConfig({
      SMTP_HOST: 'relay.example.be',
      SMTP_USER: 'u',
      SMTP_PASSWORD: 'p',
      MAIL_FROM: 'noreply@example.be',
      MAIL_MAX_ATTEMPTS: '4',
      SMTP_TLS_REJECT_UNAUTHORIZED: 'false',
    }).mail!;
    assert.equal(host.port, 587);
    assert.equal(host.secure, false);
    assert.equal(host.starttls, 'required', 'STARTTLS required off loopback by default');
    assert.equal(host.maxAttempts, 4);
    assert.equal(host.tlsRejectUnauthorized, false);
    assert.equal(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'a@b.example' }).mail!.starttls, 'auto');

    const cases: [Record<string, string>, RegExp][] = [
      [{ SMTP_URL: 'http://smtp.example.be', MAIL_FROM: 'a@b.example' }, /SMTP_URL must be smtp:/],
      [{ SMTP_URL: 'smtp://smtp.example.be' }, /MAIL_FROM is required/],
      [
        { SMTP_URL: 'smtp://smtp.example.be', MAIL_FROM: 'not an address' },
        /MAIL_FROM="not an address" is not an address/,
      ],
      [{ SMTP_URL: 'smtp://a.example', SMTP_HOST: 'b.example', MAIL_FROM: 'a@b.example' }, /both set/],
      [
        { SMTP_HOST: 'relay.example.be', SMTP_USER: 'u', MAIL_FROM: 'a@b.example' },
        /SMTP_USER and SMTP_PASSWORD go together/,
      ],
      [{ SMTP_HOST: 'relay.example.be', SMTP_STARTTLS: 'maybe', MAIL_FROM: 'a@b.example' }, /SMTP_STARTTLS="maybe"/],
      [{ SMTP_HOST: 'relay.example.be', SMTP_PORT: '70000', MAIL_FROM: 'a@b.example' }, /SMTP_PORT="70000"/],
      [
        { SMTP_HOST: 'relay.example.be', MAIL_FROM: 'a@b.example', MAIL_MAX_ATTEMPTS: '0' },
        /MAIL_MAX_ATTEMPTS="0".*1 to 100/,
      ],
      [{ MAIL_FROM: 'a@b.example' }, /set without an SMTP server/],
    ];
    for (const [env, want] of cases) {
      const p = problems(env);
      assert.equal(p.length, 1, `${JSON.stringify(env)}: ${p.join('\n')}`);
      assert.match(p[0]!, want);
    }
  });

  it('CORS_ORIGINS=* only outside production', () => {
    assert.deepEqual(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins, ['*']);
    assert.ok(problems({ CORS_ORIGINS: '*', NODE_ENV: 'production' })[0]?.includes('not allowed'));
  });
});
