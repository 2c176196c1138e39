// The connection guard of __tests__/setup/connection-guard.ts: it is installed by vitest's setupFiles
// and refuses anything that would leave this machine, before a packet is sent.
import dns from 'node:dns';
import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeProvider } from '../helpers/fake-provider.js';
import { ConnectionGuardError, isLoopbackAddress, takeViolations } from './connection-guard.js';

afterEach(() => {
  // These tests trip the guard on purpose; the shared afterEach would otherwise fail them.
  takeViolations();
});

describe('connection guard', () => {
  it('is installed for every test file', () => {
    expect((net.Socket.prototype.connect as { name: string }).name).toBe('guardedConnect');
  });

  it('rejects http.get to a documentation address before any socket connects', async () => {
    let connected = false;
    const error = await new Promise<unknown>((resolve) => {
      try {
        const request = http.get('http://203.0.113.1/');
        request.on('socket', (socket) => socket.on('connect', () => (connected = true)));
        request.on('error', resolve);
      } catch (e) {
        resolve(e);
      }
    });
    expect(error).toBeInstanceOf(ConnectionGuardError);
    expect((error as Error).message).toContain('203.0.113.1');
    expect(connected).toBe(false);
    expect(takeViolations()).toHaveLength(1);
  });

  it('rejects net, tls, IPv6 and by-name connects', () => {
    expect(() => net.connect(443, '198.51.100.7')).toThrow(ConnectionGuardError);
    expect(() => net.connect({ host: '2001:db8::1', port: 443 })).toThrow(ConnectionGuardError);
    expect(() => tls.connect({ host: '203.0.113.9', port: 443 })).toThrow(ConnectionGuardError);
    expect(() => net.connect({ host: 'example.com', port: 80 })).toThrow(ConnectionGuardError);
    expect(takeViolations()).toHaveLength(4);
  });

  it('rejects fetch to a public host', async () => {
    await expect(fetch('http://203.0.113.1/')).rejects.toThrow();
    expect(takeViolations().length).toBeGreaterThan(0);
  });

  it('answers no DNS lookup but localhost and refuses resolver queries', async () => {
    const error = await new Promise<unknown>((resolve) => dns.lookup('example.com', (e) => resolve(e)));
    expect(error).toBeInstanceOf(ConnectionGuardError);
    await expect(dns.promises.lookup('example.com')).rejects.toBeInstanceOf(ConnectionGuardError);
    expect(() => dns.resolve4('example.com', () => undefined)).toThrow(ConnectionGuardError);
    const local = await dns.promises.lookup('localhost');
    expect(isLoopbackAddress(local.address)).toBe(true);
  });

  it('refuses an injected lookup that answers with a public address', async () => {
    const error = await new Promise<unknown>((resolve) => {
      const socket = net.connect({
        host: 'somewhere.invalid',
        port: 80,
        lookup: (_host, _options, callback) =>
          (callback as (e: null, a: string, f: number) => void)(null, '203.0.113.5', 4),
      });
      socket.on('error', resolve);
    });
    expect(error).toBeInstanceOf(ConnectionGuardError);
  });

  it('lets loopback through', async () => {
    const fake = await startFakeProvider(() => ({ status: 204 }));
    try {
      const status = await new Promise<number | undefined>((resolve, reject) =>
        http.get(`${fake.url}/ping`, (res) => resolve(res.statusCode)).on('error', reject),
      );
      expect(status).toBe(204);
      expect(takeViolations()).toEqual([]);
    } finally {
      await fake.close();
    }
  });

  it('knows loopback addresses', () => {
    for (const a of ['127.0.0.1', '127.255.0.9', '::1', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1'])
      expect(isLoopbackAddress(a)).toBe(true);
    for (const a of ['10.0.0.1', '203.0.113.1', '::', '2001:db8::1', '::ffff:10.0.0.1', 'localhost'])
      expect(isLoopbackAddress(a)).toBe(false);
  });
});
