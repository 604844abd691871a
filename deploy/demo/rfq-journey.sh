#!/usr/bin/env bash
# Plays an RFQ end to end on a running Meridian, printing each step:
#   deploy/demo/rfq-journey.sh http://127.0.0.1:8080
# Onboards a client through KYC (SALES, CLIENT, COMPLIANCE, RISK, AML), binds its chat group, then as the client asks
# for a quote through the signed chat webhook, as a TRADER approves it, as the client accepts (成交), and finds the booked
# deal. Tokens come from `bin/meridian token` (same MERIDIAN_DATA_DIR as the node); the webhook secret from
# MERIDIAN_RFQ_WEBHOOK_SECRET or $MERIDIAN_DATA_DIR/keys/rfq-webhook.secret. The desk's tenant must be RFQ_DEMO_TENANT
# (default galaxy, the node's meridian.rfq.tenant). Needs curl, jq and openssl. Exits non-zero at the first failure.
set -euo pipefail

BASE="${1:?usage: $0 <base-url>   e.g. $0 http://127.0.0.1:8080}"
BASE="${BASE%/}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TENANT="${RFQ_DEMO_TENANT:-galaxy}"
GROUP="${RFQ_DEMO_GROUP:-demo-group-$(date +%s)}"
BOT="${RFQ_DEMO_BOT:-meridian-bot}"
DATA="${MERIDIAN_DATA_DIR:-$ROOT/data}"
SECRET="${MERIDIAN_RFQ_WEBHOOK_SECRET:-$(cat "$DATA/keys/rfq-webhook.secret" 2>/dev/null || true)}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
for tool in curl jq openssl; do command -v "$tool" >/dev/null || { echo "rfq-journey: $tool is required" >&2; exit 2; }; done
[ -n "$SECRET" ] || { echo "rfq-journey: no webhook secret (MERIDIAN_RFQ_WEBHOOK_SECRET or $DATA/keys/rfq-webhook.secret)" >&2; exit 2; }

step() { printf '\n==> %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }
token() { "$ROOT/bin/meridian" token --sub "$1" --roles "$2" --tenant "$TENANT" --ttl 1h 2>/dev/null | tail -1; }

# call EXPECTED_STATUS METHOD PATH TOKEN [BODY [CONTENT_TYPE]]: the response body lands in $WORK/body
call() {
  local expected="$1" method="$2" path="$3" tok="$4" body="${5:-}" type="${6:-application/json}" status
  local args=(-sS -o "$WORK/body" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $tok")
  if [ -n "$body" ]; then args+=(-H "Content-Type: $type" --data-binary "$body"); fi
  status="$(curl "${args[@]}" "$BASE$path")" || fail "$method $path: no answer from $BASE"
  [ "$status" = "$expected" ] || { cat "$WORK/body" >&2; echo >&2; fail "$method $path answered $status, expected $expected"; }
}

# chat MESSAGE_ID TEXT: posts a chat message signed like the gateway (HMAC-SHA256 of the exact body)
chat() {
  local body sig status
  body="$(jq -cn --arg g "$GROUP" --arg m "$1" --arg t "$2" --arg b "$BOT" '{groupId:$g,senderId:"client-wang",messageId:$m,text:$t,mentions:[$b]}')"
  sig="sha256=$(printf '%s' "$body" | openssl dgst -sha256 -hmac "$SECRET" | sed 's/^.*= //')"
  status="$(curl -sS -o "$WORK/body" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
      -H "X-Meridian-Signature: $sig" --data-binary "$body" "$BASE/api/v1/rfq/chat/messages")" || fail "webhook: no answer"
  [ "$status" = "202" ] || { cat "$WORK/body" >&2; fail "webhook answered $status"; }
}

# wait_for PATH TOKEN JQ_FILTER: polls until the filter is true (30 s)
wait_for() {
  for _ in $(seq 1 120); do
    if curl -sS -o "$WORK/body" -H "Authorization: Bearer $2" "$BASE$1" && jq -e "$3" "$WORK/body" >/dev/null 2>&1; then return 0; fi
    sleep 0.25
  done
  cat "$WORK/body" >&2; fail "waiting for $1 ($3)"
}

SALES="$(token sales.li SALES)"; CLIENT="$(token client.chen CLIENT)"; COMPLIANCE="$(token compliance.wu COMPLIANCE)"
RISK="$(token risk.zhou RISK)"; AML="$(token aml.sun AML)"; TRADER="$(token trader.tom TRADER)"

step "KYC: onboard the client (invite, form, documents, three reviews; limit 300m CNY)"
CODE_ID=91350100M000100Y43
call 201 POST /api/v1/kyc/cases "$SALES" "{\"institutionName\":\"福州明远精密制造有限公司\",\"unifiedSocialCreditCode\":\"$CODE_ID\",\"contact\":{\"name\":\"陈立新\",\"phone\":\"13900001111\",\"email\":\"chen@example.com\"}}"
CASE="$(jq -r .caseId "$WORK/body")"; OTC="$(jq -r .onboardingCode "$WORK/body")"; K="/api/v1/kyc/cases/$CASE"
call 200 POST "$K/start" "$CLIENT" "{\"code\":\"$OTC\"}"
call 200 PUT "$K/form/institution" "$CLIENT" "{\"name\":\"福州明远精密制造有限公司\",\"type\":\"CORPORATE\",\"unifiedSocialCreditCode\":\"$CODE_ID\",\"registeredAddress\":\"福建省福州市鼓楼区五四路 100 号\",\"legalRepresentative\":\"陈立新\",\"registeredCapitalCny\":200000000,\"industry\":\"MANUFACTURING\"}"
call 200 PUT "$K/form/financial" "$CLIENT" "{\"fiscalYear\":$(( $(date +%Y) - 1 )),\"netAssetsCny\":80000000,\"financialAssetsCny\":30000000,\"yearsOfInvestmentExperience\":5,\"productsTraded\":[\"interest rate swaps\"]}"
call 200 PUT "$K/form/beneficialOwners" "$CLIENT" '{"owners":[{"name":"陈立新","nationality":"CN","idNumber":"11010519491231002X","ownershipPct":60,"ownershipLayers":1,"politicallyExposed":false}]}'
call 200 PUT "$K/form/authorisedTraders" "$CLIENT" '{"traders":[{"name":"王海","idNumber":"110101199003074477","phone":"13812345678","email":"wanghai@example.com"}]}'
call 200 PUT "$K/form/purpose" "$CLIENT" '{"purpose":"HEDGING","description":"copper purchases"}'
for type in BUSINESS_LICENCE FINANCIAL_STATEMENTS AUTHORISATION_LETTER; do
  printf '%%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%%%EOF\n%% %s\n' "$type" > "$WORK/doc.pdf"
  status="$(curl -sS -o "$WORK/body" -w '%{http_code}' -X POST -H "Authorization: Bearer $CLIENT" -H 'Content-Type: application/pdf' \
      --data-binary "@$WORK/doc.pdf" "$BASE$K/documents?type=$type&fileName=$type.pdf")"
  [ "$status" = "201" ] || fail "upload $type answered $status"
done
call 202 POST "$K/submit" "$CLIENT"
wait_for "$K" "$COMPLIANCE" 'tojson | contains("IN_REVIEW")'
call 200 POST "$K/reviews" "$COMPLIANCE" '{"decision":"APPROVE","comment":"ok"}'
call 200 POST "$K/reviews" "$RISK" '{"decision":"APPROVE","notionalLimitCny":300000000}'
call 200 POST "$K/reviews" "$AML" '{"decision":"APPROVE","comment":"no hits"}'
wait_for "$K" "$COMPLIANCE" 'tojson | contains("MONITORING")'
echo "client case $CASE approved"

step "SALES binds chat group $GROUP to $CASE"
call 200 PUT "/api/v1/rfq/chat-groups/$GROUP" "$SALES" "{\"kycCaseId\":\"$CASE\"}"

step "client (chat): @$BOT 宁德时代 1个月 平值看涨 名本1000万 报个价"
chat "demo-$(date +%s%N)-1" "宁德时代 1个月 平值看涨 名本1000万 报个价"
RFQ="$(jq -r .rfqId "$WORK/body")"; echo "RFQ $RFQ"

step "desk prices it; the trader sees it pending approval"
wait_for "/api/v1/rfq/requests/$RFQ" "$TRADER" '.status == "PENDING_APPROVAL"'
jq -c '{status, ageSeconds, quotes: .view.quotes, legs: [.view.legs[] | {underlying, structure, tenor, strikePct, notional}]}' "$WORK/body"

step "TRADER approves as priced; the quote goes to the chat"
call 200 POST "/api/v1/rfq/requests/$RFQ/approve" "$TRADER" '{}'
wait_for "/api/v1/rfq/requests/$RFQ" "$TRADER" '.status == "SENT"'
echo "bot> $(jq -r .view.replyText "$WORK/body")"

step "client (chat): 成交"
chat "demo-$(date +%s%N)-2" "成交"
[ "$(jq -r .outcome "$WORK/body")" = "reply" ] || fail "the acceptance did not reach the quote: $(cat "$WORK/body")"

step "the deal is booked"
wait_for "/api/v1/rfq/requests/$RFQ" "$TRADER" '.status == "BOOKED"'
DEAL="$(jq -r '.view.dealIds[0]' "$WORK/body")"
wait_for "/api/v1/deals/$DEAL" "$TRADER" '.dealId != null'
jq -c '{dealId, counterparty, structure, underlying, notional, price: .terms.pricePct, expiry: .terms.expiryDate, product: (.terms.productJson | fromjson)}' "$WORK/body"
call 200 GET "/api/v1/deals?counterparty=$CASE" "$TRADER"
jq -e --arg d "$DEAL" 'map(.dealId) | index($d) != null' "$WORK/body" >/dev/null || fail "deal $DEAL not among $CASE's deals"
echo "RFQ journey complete: $RFQ -> $DEAL"
