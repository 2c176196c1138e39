// Every provider with its smoke adapter, sorted by id: the source of the offline catalog that
// scripts/generate.mjs writes (src/generated/providers.ts), and what smoke calls use.
// Adding a provider: its file (see adapter.ts), one line below, its test table, then `npm run generate`.

import { alibaba } from './alibaba.js';
import { anthropic } from './anthropic.js';
import { atlassian } from './atlassian.js';
import { aws } from './aws.js';
import { buildkite } from './buildkite.js';
import { circleci } from './circleci.js';
import { cloudflare } from './cloudflare.js';
import { confluent } from './confluent.js';
import { databricks } from './databricks.js';
import { datadog } from './datadog.js';
import { discord } from './discord.js';
import { doppler } from './doppler.js';
import { dropbox } from './dropbox.js';
import { elasticsearch } from './elasticsearch.js';
import { fastly } from './fastly.js';
import { gcp } from './gcp.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { honeycomb } from './honeycomb.js';
import { huggingface } from './huggingface.js';
import { launchdarkly } from './launchdarkly.js';
import { netlify } from './netlify.js';
import { notion } from './notion.js';
import { npm } from './npm.js';
import { okta } from './okta.js';
import { openai } from './openai.js';
import { openrouter } from './openrouter.js';
import { sendgrid } from './sendgrid.js';
import { slack } from './slack.js';
import { square } from './square.js';
import { stripe } from './stripe.js';
import { terraform } from './terraform.js';
import { twilio } from './twilio.js';
import { vault } from './vault.js';
import type { ProviderSpec } from './types.js';

/** Every provider, sorted by id. */
export const PROVIDERS: readonly ProviderSpec[] = [
  alibaba,
  anthropic,
  atlassian,
  aws,
  buildkite,
  circleci,
  cloudflare,
  confluent,
  databricks,
  datadog,
  discord,
  doppler,
  dropbox,
  elasticsearch,
  fastly,
  gcp,
  github,
  gitlab,
  honeycomb,
  huggingface,
  launchdarkly,
  netlify,
  notion,
  npm,
  okta,
  openai,
  openrouter,
  sendgrid,
  slack,
  square,
  stripe,
  terraform,
  twilio,
  vault,
];
