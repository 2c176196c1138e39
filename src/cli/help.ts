// The text of `keybound --help` (SPEC section 7).

export const HELP = `keybound: prove every deploy key is the right one before the deploy goes ahead

Usage:
  keybound check [PATH...]       scan each PATH (folders or files; default .) and evaluate the policy
    --config FILE                config file (default: keybound.yml, then .github/keybound.yml)
    --mode audit|gate            gate: for release jobs (default audit)
    --environment NAME           gate a deploy to NAME: evaluate the uses in NAME only
    --smoke                      make live smoke calls
    --secrets-json FILE|-        secret values as a JSON object (name -> value)
    --secrets-env                secret values from environment variables of the same names
    --endpoint PROVIDER=URL      override a provider's base URL (repeatable)
    --github-repo OWNER/REPO     read Actions secret metadata (token from GITHUB_TOKEN)
    --format text|json|sarif|markdown|github   (default text)
    --output FILE                write the report there instead of stdout
    --fail-on error|warning|note|never         (default error)
    --now YYYY-MM-DD             evaluation date for ages and exceptions (default today)
    --exclude GLOB               paths not to scan (repeatable; adds to config ignore:)
    --quiet                      report errors only (warnings and notes are still counted)
    --baseline FILE              report only findings not in FILE (written by keybound baseline)
  keybound baseline [PATH...]    write the current findings' fingerprints (takes check's options)
    --output FILE                where (default PATH/.keybound-baseline.json)
  keybound init [PATH]           write a starter PATH/keybound.yml listing the keys found, to fill in
    --exclude GLOB               paths not to scan (written as ignore:)
  keybound explain RULE          a rule's description, options, defaults and example (custom rules too)
  keybound rules                 list the rules with their defaults (--format text|json|markdown)
  keybound providers             list providers, key formats, and the exact endpoints called
  keybound org plan|scan|merge   audit a whole organisation on a job matrix (keybound org --help)
  keybound --version | --help

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage, config or policy
error; 3 gate mode could not confirm a key it must confirm. An expired exception always fails (1).
`;
