// Slack: token formats by prefix (bot, user, app-level, configuration, refresh, legacy workspace app),
// the secret names that point at Slack, and auth.test. Facts from PROVIDERS.md section 7.

import { namePart } from './names.js';
import type { ProviderSpec } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const TEAM = '2718281828';
const USER = '3141592653';

/** Body after the numeric ids: letters, digits and `-`, bounded so matching stays linear. */
const REST = '[A-Za-z0-9-]{16,255}';

/** Slack: bot, user, app-level and configuration tokens. */
export const slack: ProviderSpec = {
  id: 'slack',
  name: 'Slack',
  formats: [
    {
      type: 'bot',
      pattern: new RegExp(`^xoxb-[0-9]{8,16}-${REST}$`),
      principalKind: 'service',
      principalDetail: 'a bot token (xoxb-)',
      examples: ['xoxb-' + TEAM + '-' + USER + '-kjkz2w51QfGsiRoZeaHVzYwY'],
      counterExamples: [
        'xoxb-' + TEAM,
        'xoxb-team-' + USER + '-kjkz2w51QfGsiRoZeaHVzYwY',
        'xoxb_' + TEAM + '-' + USER + '-kjkz2w51QfGsiRoZ',
      ],
    },
    {
      type: 'user',
      pattern: new RegExp(`^xoxp-[0-9]{8,16}-${REST}$`),
      principalKind: 'human',
      principalDetail: 'a user account token (xoxp-)',
      examples: ['xoxp-' + TEAM + '-' + USER + '-1618033988-b36e992c843ea22c76edc6c5003d133a'],
      counterExamples: ['xoxp-' + TEAM + '-short', 'xoxp-' + TEAM + '-' + USER + '-1618033988 b36e992c843e'],
    },
    {
      // App-level tokens belong to the app itself, not to a user (Socket Mode, apps.connections.open).
      type: 'app',
      pattern: new RegExp(`^xapp-[0-9]-${REST}$`),
      principalKind: 'service',
      principalDetail: 'an app-level token (xapp-)',
      examples: ['xapp-1-A0123456789-' + USER + '-f957135b01cc80a8a3e27daebda533c5'],
      counterExamples: ['xapp-A0123456789-' + USER, 'xapp-1-short'],
    },
    {
      // Configuration tokens manage apps for the user who made them.
      type: 'configuration',
      pattern: new RegExp(`^xoxe\\.xoxp-[0-9]-${REST}$`),
      principalKind: 'human',
      principalDetail: 'a user configuration token (xoxe.xoxp-)',
      examples: ['xoxe.xoxp-' + '1-Mi0yLTI3MTgyODE4MjgtMzE0MTU5MjY1Mw'],
      counterExamples: ['xoxe-xoxp-' + '1-Mi0yLTI3MTgyODE4MjgtMzE0MTU5MjY1Mw', 'xoxe.xoxp-' + '1-x'],
    },
    {
      // SECURITY: a refresh token under token rotation; redeeming or sending it has effects.
      type: 'refresh-token',
      pattern: new RegExp(`^xoxe-[0-9]-${REST}$`),
      neverSend: true,
      examples: ['xoxe-' + '1-My0xLTI3MTgyODE4MjgtMzE0MTU5MjY1My0xNjE4MDMzOTg4'],
      counterExamples: ['xoxe-' + 'x-My0xLTI3MTgyODE4MjgtMzE0MTU5MjY1My0xNjE4MDMzOTg4'],
    },
    {
      // Legacy workspace-app tokens (xoxa- access, xoxr- refresh), still seen in old secrets.
      type: 'workspace-app',
      pattern: new RegExp(`^xoxa-[0-9]-${REST}$`),
      examples: ['xoxa-' + '2-' + TEAM + '-' + USER + '-3975fc2bb2591602389e3cfa2e0d23a9'],
      counterExamples: ['xoxa-' + TEAM],
    },
    {
      type: 'workspace-refresh-token',
      pattern: new RegExp(`^xoxr-${REST}$`),
      neverSend: true,
      examples: ['xoxr-' + TEAM + '-' + USER + '-3975fc2bb2591602389e3cfa2e0d23a9'],
      counterExamples: ['xoxr-' + 'tiny'],
    },
  ],
  namePatterns: [namePart('SLACK')],
  endpoints: [
    {
      method: 'POST',
      baseUrl: 'https://slack.com',
      path: '/api/auth.test',
      note: 'auth.test is read-only and needs no scope: it tells the caller who it is (HTTP 200, read `ok`)',
    },
  ],
};
