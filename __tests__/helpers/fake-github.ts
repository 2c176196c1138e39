// Answers of a fake GitHub API for secret metadata, each checked against GitHub's own description of
// the endpoint (github-openapi.ts), so a fixture cannot drift from what GitHub really sends.
import { json, type FakeResponse } from './fake-provider.js';
import { responseErrors } from './github-openapi.js';

/** A 200 answer of the GET endpoint `template`; throws when `body` does not match GitHub's description. */
export function githubPage(template: string, body: object): FakeResponse {
  const errors = responseErrors('GET', template, 200, body);
  if (errors !== '') throw new Error(`fixture does not match GitHub's description: ${errors}`);
  return json(200, body);
}

/** One environment as `GET /repos/{owner}/{repo}/environments` lists it. */
export function githubEnvironment(repository: string, name: string, web = 'https://github.com') {
  const api = web === 'https://github.com' ? 'https://api.github.com' : `${web}/api/v3`;
  return {
    id: 1,
    node_id: 'EN_1',
    name,
    url: `${api}/repos/${repository}/environments/${name}`,
    html_url: `${web}/${repository}/deployments/activity_log?environments_filter=${name}`,
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2025-01-01T00:00:00Z',
  };
}
