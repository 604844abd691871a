#!/usr/bin/env bash
# Walks the whole KYC onboarding journey (issue 3) against a running Meridian with curl, printing each step and
# stopping with a non-zero exit status at the first answer that is not the expected one:
#
#   deploy/demo/kyc-journey.sh http://127.0.0.1:8080
#
# SALES invites a (made-up) prospect; the CLIENT redeems the one-time code, fills the form section by section, uploads
# the three documents (raw and multipart); refusals are shown on the way (forged code, oversized and wrong-type uploads,
# early submission, review out of turn); the form is submitted and screened; COMPLIANCE, RISK and AML review in turn;
# the approval is sealed and the seal verified; the client sees itself approved; the REGULATOR reads the timeline and the
# statistics. Needs bash, curl, grep and sed (nothing else).
#
# Tokens come from `bin/meridian token`, which signs with the key in the data directory: run this script with the same
# MERIDIAN_DATA_DIR as the node. KYC_DEMO_TENANT (default demo) picks the tenant.
set -euo pipefail

BASE="${1:?usage: deploy/demo/kyc-journey.sh <base-url>, e.g. http://127.0.0.1:8080}"
BASE="${BASE%/}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TENANT="${KYC_DEMO_TENANT:-demo}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
STEP=0
BODY=""

step() { STEP=$((STEP + 1)); printf '\n[%02d] %s\n' "$STEP" "$*"; }
ok() { printf '     ok: %s\n' "$*"; }
fail() { printf '\nFAILED at step %d: %s\n' "$STEP" "$*" >&2; exit 1; }

# call METHOD PATH TOKEN EXPECTED-STATUS [curl arguments...]: the answer's body is left in $BODY.
call() {
  local method=$1 path=$2 token=$3 expected=$4 status
  shift 4
  status=$(curl -sS -o "$WORK/body" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $token" "$@" "$BASE$path") \
    || fail "$method $path: no answer from $BASE"
  BODY=$(cat "$WORK/body")
  [ "$status" = "$expected" ] || fail "$method $path answered $status, expected $expected: $BODY"
  printf '     %s %s -> %s\n' "$method" "$path" "$status"
}
post() { local path=$1 token=$2 expected=$3 body=$4; call POST "$path" "$token" "$expected" -H 'Content-Type: application/json' --data-binary "$body"; }
csv() { local method=$1 path=$2 token=$3 expected=$4 body=$5; call "$method" "$path" "$token" "$expected" -H 'Content-Type: text/csv; charset=UTF-8' --data-binary "$body"; }
put() { local path=$1 token=$2 expected=$3 body=$4; call PUT "$path" "$token" "$expected" -H 'Content-Type: application/json' --data-binary "$body"; }
# field NAME: the first string (or number/boolean) value of NAME in $BODY.
field() {
  printf '%s' "$BODY" | grep -o "\"$1\":\(\"[^\"]*\"\|[^,}\"]*\)" | head -1 | sed "s/^\"$1\"://; s/^\"//; s/\"\$//"
}
# raw_field NAME: the JSON string value of NAME exactly as written (still escaped), without the quotes.
raw_field() { printf '%s' "$BODY" | grep -o "\"$1\":\"\([^\"\\\\]\|\\\\.\)*\"" | head -1 | sed "s/^\"$1\":\"//; s/\"\$//"; }
expect_in_body() { printf '%s' "$BODY" | grep -q -- "$1" || fail "expected $1 in: $BODY"; }
# poll DESCRIPTION TOKEN PATH PATTERN: GETs PATH until its body holds PATTERN (views are eventually consistent).
poll() {
  local what=$1 token=$2 path=$3 pattern=$4 status
  for _ in $(seq 1 120); do
    status=$(curl -sS -o "$WORK/body" -w '%{http_code}' -H "Authorization: Bearer $token" "$BASE$path" || true)
    BODY=$(cat "$WORK/body" 2>/dev/null || true)
    if [ "$status" = 200 ] && printf '%s' "$BODY" | grep -q -- "$pattern"; then
      printf '     GET %s -> 200 (%s)\n' "$path" "$what"
      return 0
    fi
    sleep 0.5
  done
  fail "$what: GET $path never showed $pattern; last answer $status: $BODY"
}
token() { "$ROOT/bin/meridian" token --sub "$1" --roles "$2" --tenant "$TENANT" --ttl 1h 2>/dev/null | tail -1; }

step "Meridian at $BASE is ready"
curl -sSf "$BASE/ready" >/dev/null || fail "$BASE/ready does not answer 200; start Meridian with bin/meridian run"
ok "ready"

step "Development tokens from bin/meridian token (tenant $TENANT)"
SALES=$(token sales.li SALES)
CLIENT=$(token client.chen CLIENT)
COMPLIANCE=$(token compliance.wu COMPLIANCE)
RISK=$(token risk.zhou RISK)
AML=$(token aml.sun AML)
REGULATOR=$(token csrc.inspector REGULATOR)
[ -n "$SALES" ] && [ -n "$REGULATOR" ] || fail "bin/meridian token gave no token"
ok "SALES, CLIENT, COMPLIANCE, RISK, AML and REGULATOR"

step "AML empties the demo's own monitoring list (left over from an earlier run)"
LIST_HEADER='id,category,kind,name,aliases,country,program,listed_on'
csv PUT /api/v1/kyc/watch-lists/DEMO-MONITORING "$AML" 202 "$LIST_HEADER"
ok "monitoring version $(field version)"

step "SALES invites the prospect 福州明远精密制造有限公司 (unified social credit code 91350100M000100Y43)"
post /api/v1/kyc/cases "$SALES" 201 '{"institutionName":"福州明远精密制造有限公司","unifiedSocialCreditCode":"91350100M000100Y43",
  "contact":{"name":"陈立新","phone":"13900001111","email":"chen@example.com"}}'
CASE=$(field caseId)
CODE=$(field onboardingCode)
[ -n "$CASE" ] && [ -n "$CODE" ] || fail "no case id or code in: $BODY"
ok "case $CASE, one-time onboarding code $CODE (shown only in this answer), expires $(field expiresAt)"
C="/api/v1/kyc/cases/$CASE"

step "Refused: an invitation with a wrong check character"
post /api/v1/kyc/cases "$SALES" 400 '{"institutionName":"X","unifiedSocialCreditCode":"91350100M000100Y44","contact":{"name":"X","phone":"1"}}'
expect_in_body '"field":"unifiedSocialCreditCode"'
ok "$(field detail)"

step "Refused: the client tries a forged onboarding code"
post "$C/start" "$CLIENT" 403 '{"code":"ABCDEFGHJKMNPQRS"}'
ok "$(field detail)"

step "CLIENT redeems the code; the case is bound to client.chen"
post "$C/start" "$CLIENT" 200 "{\"code\":\"$CODE\"}"
expect_in_body '"status":"DRAFT"'
ok "status DRAFT"

step "CLIENT saves the form, one section at a time"
FISCAL_YEAR=$(( $(TZ=Asia/Shanghai date +%Y) - 1 ))
put "$C/form/institution" "$CLIENT" 200 '{"name":"福州明远精密制造有限公司","type":"CORPORATE","unifiedSocialCreditCode":"91350100M000100Y43",
  "registeredAddress":"福建省福州市鼓楼区五四路 100 号","legalRepresentative":"陈立新","registeredCapitalCny":200000000,"industry":"MANUFACTURING"}'
put "$C/form/financial" "$CLIENT" 200 "{\"fiscalYear\":$FISCAL_YEAR,\"netAssetsCny\":80000000,\"financialAssetsCny\":30000000,
  \"yearsOfInvestmentExperience\":5,\"productsTraded\":[\"interest rate swaps\",\"commodity futures\"]}"
put "$C/form/beneficialOwners" "$CLIENT" 200 '{"owners":[{"name":"陈立新","nationality":"CN","idNumber":"11010519491231002X",
  "ownershipPct":60,"ownershipLayers":1,"politicallyExposed":false},{"name":"林晓梅","nationality":"CN","idNumber":"440524188001010014",
  "ownershipPct":30.5,"ownershipLayers":2,"politicallyExposed":false}]}'
put "$C/form/authorisedTraders" "$CLIENT" 200 '{"traders":[{"name":"王海","idNumber":"110101199003074477","phone":"13812345678",
  "email":"wanghai@example.com"}]}'
put "$C/form/purpose" "$CLIENT" 200 '{"purpose":"HEDGING","description":"hedge copper purchases"}'
ok "institution, financial, beneficialOwners, authorisedTraders, purpose"

step "Refused: a resident ID number with a wrong check digit"
put "$C/form/beneficialOwners" "$CLIENT" 400 '{"owners":[{"name":"陈立新","nationality":"CN","idNumber":"110105194912310021","ownershipPct":60}]}'
ok "$(field detail)"

step "Refused: submitting before the documents are attached"
call POST "$C/submit" "$CLIENT" 400
expect_in_body '"field":"documents"'
ok "$(field detail)"

step "CLIENT uploads the documents (raw PDF, multipart PNG, raw JPEG)"
printf '%%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%%%EOF\n' > "$WORK/licence.pdf"
printf '\x89PNG\r\n\x1a\n demo financial statements' > "$WORK/statements.png"
printf '\xff\xd8\xff\xe0 demo authorisation letter' > "$WORK/authorisation.jpg"
call POST "$C/documents?type=BUSINESS_LICENCE&fileName=licence.pdf" "$CLIENT" 201 -H 'Content-Type: application/pdf' \
  --data-binary "@$WORK/licence.pdf"
ok "business licence, SHA-256 $(field sha256)"
call POST "$C/documents" "$CLIENT" 201 -F type=FINANCIAL_STATEMENTS -F "file=@$WORK/statements.png;type=image/png"
ok "financial statements, SHA-256 $(field sha256)"
call POST "$C/documents?type=AUTHORISATION_LETTER&fileName=authorisation.jpg" "$CLIENT" 201 -H 'Content-Type: image/jpeg' \
  --data-binary "@$WORK/authorisation.jpg"
ok "authorisation letter, SHA-256 $(field sha256)"

step "Refused: a document over 10 MiB (413) and one of another type (415)"
{ cat "$WORK/licence.pdf"; head -c 10485760 /dev/zero; } > "$WORK/big.pdf"
call POST "$C/documents?type=BUSINESS_LICENCE&fileName=big.pdf" "$CLIENT" 413 -H 'Content-Type: application/pdf' \
  --data-binary "@$WORK/big.pdf"
ok "$(field detail)"
printf 'MZ not a document' > "$WORK/setup.exe"
call POST "$C/documents" "$CLIENT" 415 -F type=BUSINESS_LICENCE -F "file=@$WORK/setup.exe;type=application/x-msdownload"
ok "$(field detail)"

step "CLIENT submits; screening (watch lists, negative news, AML rating, suitability) runs by itself"
call POST "$C/submit" "$CLIENT" 202
expect_in_body '"status":"SCREENING"'
ok "status SCREENING"
poll "screened, waiting for COMPLIANCE" "$COMPLIANCE" "$C" '"waitingFor":"COMPLIANCE"'
ok "status $(field status), AML rating $(printf '%s' "$BODY" | grep -o '"level":"[A-Z]*"' | head -1 | sed 's/.*:"//; s/"//'), owners shown masked: $(printf '%s' "$BODY" | grep -o '"idNumber":"[^"]*"' | head -1)"

step "Refused: a second submission"
call POST "$C/submit" "$CLIENT" 409
ok "$(field detail)"

step "COMPLIANCE sees the case in its queue (oldest first, age against the SLA)"
poll "COMPLIANCE queue" "$COMPLIANCE" "/api/v1/kyc/review-queue" "\"caseId\":\"$CASE\""
ok "waiting $(field ageSeconds) s of an SLA of $(field slaSeconds) s"

step "Refused: AML reviews out of turn"
post "$C/reviews" "$AML" 409 '{"decision":"APPROVE","comment":"too early"}'
ok "$(field detail)"

step "COMPLIANCE approves (documents and suitability)"
post "$C/reviews" "$COMPLIANCE" 200 '{"decision":"APPROVE","comment":"documents complete; professional investor"}'
ok "waiting for $(field waitingFor)"

step "RISK approves with a notional limit of 300,000,000 CNY"
poll "RISK queue" "$RISK" "/api/v1/kyc/review-queue" "\"caseId\":\"$CASE\""
post "$C/reviews" "$RISK" 200 '{"decision":"APPROVE","comment":"financials sound","notionalLimitCny":300000000}'
ok "waiting for $(field waitingFor)"

step "AML approves (no hits to resolve); the case is APPROVED"
poll "AML queue" "$AML" "/api/v1/kyc/review-queue" "\"caseId\":\"$CASE\""
post "$C/reviews" "$AML" 200 '{"decision":"APPROVE","comment":"no watch-list hits"}'
expect_in_body '"status":"APPROVED"'
ok "approved, limit $(field notionalLimitCny) CNY"

step "The approval record is sealed with the firm's key"
poll "sealed" "$CLIENT" "$C/seal" '"valid":true'
RECORD=$(raw_field record)
SIGNATURE=$(field signature)
KEY_ID=$(field keyId)
ok "record SHA-256 $(field recordSha256), key $KEY_ID, $(field algorithm), valid"

step "Anyone holding the record verifies the seal; a changed record does not verify"
post /api/v1/kyc/seal-verifications "$REGULATOR" 200 "{\"record\":\"$RECORD\",\"signature\":\"$SIGNATURE\",\"keyId\":\"$KEY_ID\"}"
expect_in_body '"valid":true'
ok "$(field detail)"
FORGED=$(printf '%s' "$RECORD" | sed 's/notionalLimitCny=300000000/notionalLimitCny=900000000/')
post /api/v1/kyc/seal-verifications "$REGULATOR" 200 "{\"record\":\"$FORGED\",\"signature\":\"$SIGNATURE\",\"keyId\":\"$KEY_ID\"}"
expect_in_body '"valid":false'
ok "$(field detail)"

step "The client sees itself approved: an eligible counterparty"
poll "client status" "$CLIENT" "$C" '"status":"MONITORING"'
expect_in_body '"eligibleCounterparty":true'
ok "status MONITORING (approved and sealed), limit $(field notionalLimitCny) CNY"
call GET /api/v1/kyc/my-cases "$CLIENT" 200
expect_in_body "\"caseId\":\"$CASE\""
ok "listed in /my-cases"

step "REGULATOR reads the case timeline (who did what, when)"
call GET "$C/timeline" "$REGULATOR" 200
printf '%s' "$BODY" | grep -o '"at":"[^"]*","userId":"[^"]*","role":"[^"]*","event":"[^"]*"' \
  | sed 's/"at":"\([^"]*\)","userId":"\([^"]*\)","role":"\([^"]*\)","event":"\([^"]*\)"/       \1  \2 (\3)  \4/'
expect_in_body '"event":"ApprovalSealed"'

step "REGULATOR reads the KYC statistics of tenant $TENANT"
poll "statistics" "$REGULATOR" /api/v1/kyc/statistics '"approvedCases":[1-9]'
printf '     %s\n' "$BODY"

step "Monitoring: AML adds a watch-list entry naming the approved client's legal representative"
csv POST /api/v1/kyc/watch-lists/DEMO-MONITORING/entries "$AML" 202 "$LIST_HEADER
MON-0001,ENFORCEMENT,PERSON,陈立新,陳立新,CN,DEMO-MONITORING (fictitious),2026-01-15"
ok "stored as monitoring version $(field version); every approved client is screened again"

step "The approved case goes back to review with a monitoring alert"
poll "case back in review" "$COMPLIANCE" "$C" '"status":"IN_REVIEW"'
expect_in_body 'MON-0001'
ok "case $CASE is IN_REVIEW, waiting for $(field waitingFor), with the new hit MON-0001"
poll "review queue" "$COMPLIANCE" /api/v1/kyc/review-queue "\"caseId\":\"$CASE\""
ok "in the COMPLIANCE review queue again"
call GET "$C/timeline" "$REGULATOR" 200
expect_in_body '"event":"MonitoringAlertRaised"'
ok "the timeline records MonitoringAlertRaised"
call GET /api/v1/kyc/monitoring "$REGULATOR" 200
printf '     %s\n' "$BODY"

step "REGULATOR downloads the review report (PDF)"
REPORT="$WORK/kyc-report-$CASE.pdf"
status=$(curl -sS -o "$REPORT" -w '%{http_code}' -H "Authorization: Bearer $REGULATOR" "$BASE$C/report") || fail "report request failed"
[ "$status" = 200 ] || fail "GET $C/report answered $status"
head -c 5 "$REPORT" | grep -q '%PDF-' || fail "the report is not a PDF"
ok "$(wc -c < "$REPORT") bytes of PDF; a copy is kept at ./kyc-report-$CASE.pdf"
cp "$REPORT" "./kyc-report-$CASE.pdf" 2>/dev/null || true

step "AML empties the demo's monitoring list again, so that the next run starts clean"
csv PUT /api/v1/kyc/watch-lists/DEMO-MONITORING "$AML" 202 "$LIST_HEADER"
ok "monitoring version $(field version)"

printf '\nKYC journey complete: case %s of tenant %s was approved, sealed and verified, then sent back to review by monitoring.\n' "$CASE" "$TENANT"
