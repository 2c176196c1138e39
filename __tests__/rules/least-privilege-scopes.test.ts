// least-privilege-scopes: forbidden held scopes, undeclared held scopes, forbidden declarations.
import rule from '../../src/rules/least-privilege-scopes.js';
import { o, ruleTester } from './tester.js';

const PROD = 'production .github/workflows/deploy.yml:14:22';
const STAGING = 'staging .github/workflows/deploy.yml:40:22';
const github = o('provider', 'github', 'value', 'value prefix ghp_');

ruleTester(rule, {
  valid: [
    {
      name: 'held scopes within the declaration',
      keys: [
        { name: 'GH', uses: [PROD], obs: [github, o('scopes', ['repo'], 'declared'), o('scopes', ['repo'], 'smoke')] },
      ],
    },
    {
      name: 'held scopes, nothing declared, none forbidden',
      keys: [{ name: 'GH', uses: [PROD], obs: [github, o('scopes', ['repo', 'workflow'], 'smoke')] }],
    },
    {
      name: 'forbidden for another provider only',
      keys: [
        { name: 'GL', uses: [PROD], obs: [o('provider', 'gitlab', 'declared'), o('scopes', ['admin:org'], 'smoke')] },
      ],
    },
    {
      name: 'a provider named like an Object property',
      keys: [{ name: 'K', uses: [PROD], decl: { provider: 'constructor', scopes: ['x'] } }],
    },
    { name: 'no scope facts at all', keys: [{ name: 'GH', uses: [PROD], obs: [github], withValue: true }] },
    {
      name: 'option replaces the forbidden list',
      options: { 'forbidden-scopes': { github: ['delete_repo'] } },
      keys: [{ name: 'GH', uses: [PROD], obs: [github, o('scopes', ['admin:org'], 'smoke')] }],
    },
    {
      name: 'declared forbidden scope is not reported when held scopes are known',
      keys: [
        {
          name: 'GH',
          uses: [PROD],
          obs: [github, o('scopes', ['repo', 'admin:org'], 'declared'), o('scopes', ['repo'], 'smoke')],
        },
      ],
    },
  ],
  invalid: [
    {
      name: 'holds forbidden GitHub scopes, at the production use',
      keys: [
        {
          name: 'DEPLOY_TOKEN',
          uses: [STAGING, PROD],
          obs: [github, o('scopes', ['repo', 'admin:org', 'delete_repo'], 'smoke', 'X-OAuth-Scopes')],
          withValue: true,
        },
      ],
      errors: [
        {
          severity: 'error',
          message: 'DEPLOY_TOKEN holds forbidden github scope(s) admin:org, delete_repo; issue a key without them',
          line: 14,
          column: 22,
          environment: 'production',
          evidence: [
            { fact: 'scopes', value: ['repo', 'admin:org', 'delete_repo'], source: 'smoke', detail: 'X-OAuth-Scopes' },
            { fact: 'provider', value: 'github', source: 'value', detail: 'value prefix ghp_' },
          ],
        },
      ],
    },
    {
      name: 'holds more than declared (forbidden ones reported once)',
      keys: [
        {
          name: 'GH',
          uses: [PROD],
          obs: [
            github,
            o('scopes', ['repo'], 'declared'),
            o('scopes', ['repo', 'workflow', 'gist', 'site_admin'], 'smoke'),
          ],
        },
      ],
      errors: [
        {
          severity: 'error',
          message: 'GH holds forbidden github scope(s) site_admin; issue a key without them',
          line: 14,
          column: 22,
        },
        {
          severity: 'error',
          message: 'GH holds scope(s) workflow, gist beyond those declared for it (repo)',
          line: 14,
          column: 22,
        },
      ],
    },
    {
      name: 'declaration with no scopes allows none',
      keys: [
        {
          name: 'SLACK',
          uses: [PROD],
          obs: [o('provider', 'slack', 'value'), o('scopes', [], 'declared'), o('scopes', ['chat:write'], 'smoke')],
        },
      ],
      errors: [
        {
          severity: 'error',
          message: 'SLACK holds scope(s) chat:write beyond those declared for it (none)',
          line: 14,
          column: 22,
        },
      ],
    },
    {
      name: 'Slack admin.* scopes match the default glob',
      keys: [
        {
          name: 'SLACK',
          uses: [PROD],
          obs: [o('provider', 'slack', 'value'), o('scopes', 'chat:write,admin.users:write', 'smoke')],
        },
      ],
      errors: [
        {
          severity: 'error',
          message: 'SLACK holds forbidden slack scope(s) admin.users:write; issue a key without them',
          line: 14,
          column: 22,
        },
      ],
    },
    {
      name: 'a Vault root token (policy root) holds a forbidden scope by default',
      keys: [
        {
          name: 'VAULT_TOKEN',
          uses: [PROD],
          obs: [
            o('provider', 'vault', 'value', 'prefix hvs.'),
            o('scopes', ['root'], 'smoke', 'Vault lookup-self policies and identity_policies'),
          ],
        },
      ],
      errors: [
        {
          severity: 'error',
          message: 'VAULT_TOKEN holds forbidden vault scope(s) root; issue a key without them',
          line: 14,
          column: 22,
        },
      ],
    },
    {
      name: 'scopes of a wrong-account key go with the key: cite the smoke result, give way to key-user-association',
      keys: [
        {
          name: 'DEPLOY_TOKEN',
          uses: [PROD],
          obs: [github, o('scopes', ['repo', 'admin:org'], 'smoke', 'X-OAuth-Scopes')],
          smoke: { status: 'mismatch', reason: 'wrong-account' },
        },
      ],
      errors: [
        {
          severity: 'error',
          message: 'DEPLOY_TOKEN holds forbidden github scope(s) admin:org; issue a key without them',
          line: 14,
          column: 22,
          evidence: [
            { fact: 'scopes', value: ['repo', 'admin:org'], source: 'smoke', detail: 'X-OAuth-Scopes' },
            { fact: 'provider', value: 'github', source: 'value', detail: 'value prefix ghp_' },
            { fact: 'smoke', value: 'mismatch', source: 'smoke', detail: 'wrong-account' },
          ],
          repeatsSmoke: true,
        },
      ],
    },
    {
      name: 'a verified key holding a forbidden scope stands',
      keys: [
        {
          name: 'DEPLOY_TOKEN',
          uses: [PROD],
          obs: [github, o('scopes', ['delete_repo'], 'smoke')],
          smoke: { status: 'verified', reason: 'ok' },
        },
      ],
      errors: [
        {
          severity: 'error',
          message: 'DEPLOY_TOKEN holds forbidden github scope(s) delete_repo; issue a key without them',
          line: 14,
          column: 22,
          repeatsSmoke: false,
        },
      ],
    },
    {
      name: 'a declaration allowing a forbidden scope is the config, not the smoke result',
      keys: [
        {
          name: 'GL',
          uses: [PROD],
          decl: { provider: 'gitlab', scopes: ['sudo'] },
          smoke: { status: 'invalid', reason: 'revoked' },
        },
      ],
      errors: [
        {
          severity: 'error',
          message: 'GL is declared to allow forbidden gitlab scope(s) sudo',
          line: 14,
          column: 22,
          repeatsSmoke: false,
        },
      ],
    },
    {
      name: 'offline: declaration allows a forbidden scope',
      keys: [{ name: 'GL', uses: [PROD], decl: { provider: 'gitlab', scopes: ['api', 'sudo'] } }],
      errors: [
        { severity: 'error', message: 'GL is declared to allow forbidden gitlab scope(s) sudo', line: 14, column: 22 },
      ],
    },
    {
      name: 'custom provider list from options',
      options: { 'forbidden-scopes': { huggingface: ['write'] } },
      keys: [
        {
          name: 'HF_TOKEN',
          uses: [STAGING],
          obs: [o('provider', 'huggingface', 'value'), o('scopes', ['read', 'write'], 'smoke')],
        },
      ],
      errors: [
        {
          severity: 'error',
          message: 'HF_TOKEN holds forbidden huggingface scope(s) write; issue a key without them',
          line: 40,
          column: 22,
          environment: 'staging',
        },
      ],
    },
  ],
});
