#!/usr/bin/env bash
# Takes an ABS product from origination through a servicer report on a running Meridian, printing each step:
#   deploy/demo/abs-journey.sh http://127.0.0.1:8080
# Tokens come from `bin/meridian token`, signed with the key in $MERIDIAN_DATA_DIR/keys (default ./data/keys): run
# it with the same MERIDIAN_DATA_DIR as the node. Needs curl and jq. Exits non-zero at the first step that fails.
set -euo pipefail

BASE="${1:?usage: $0 <base-url>   e.g. $0 http://127.0.0.1:8080}"
BASE="${BASE%/}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TENANT="${ABS_DEMO_TENANT:-demo}"
PRODUCT="${ABS_DEMO_PRODUCT:-DEMO-AUTO-$(date +%Y%m%d%H%M%S)}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
for tool in curl jq; do command -v "$tool" >/dev/null || { echo "abs-journey: $tool is required" >&2; exit 2; }; done

step() { printf '\n==> %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }
token() { "$ROOT/bin/meridian" token --sub "$1" --roles "$2" --tenant "$TENANT" --ttl 1h 2>/dev/null | tail -1; }

# call EXPECTED_STATUS METHOD PATH TOKEN [BODY [CONTENT_TYPE]]: the response body lands in $WORK/body
call() {
  local expected="$1" method="$2" path="$3" tok="$4" body="${5:-}" type="${6:-application/json}" status
  local args=(-sS -o "$WORK/body" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $tok")
  if [ -n "$body" ]; then args+=(-H "Content-Type: $type" --data-binary "$body"); fi
  status="$(curl "${args[@]}" "$BASE$path")" || fail "$method $path: no answer from $BASE"
  if [ "$status" != "$expected" ]; then
    echo "$method $path answered $status, expected $expected:" >&2
    cat "$WORK/body" >&2; echo >&2
    fail "$method $path"
  fi
}
field() { jq -r "$1" "$WORK/body"; }

# poll EXPECTED_JQ_TEST PATH TOKEN: GETs until the jq test holds (the views follow the events within seconds)
poll() {
  local test="$1" path="$2" tok="$3" tries=0 status
  while true; do
    status="$(curl -sS -o "$WORK/body" -w '%{http_code}' -H "Authorization: Bearer $tok" "$BASE$path")" || true
    if [ "$status" = "200" ] && jq -e "$test" "$WORK/body" >/dev/null 2>&1; then return 0; fi
    tries=$((tries + 1))
    [ "$tries" -lt 120 ] || { cat "$WORK/body" >&2; fail "GET $path never showed $test"; }
    sleep 0.5
  done
}

step "health of $BASE"
curl -sSf "$BASE/ready" >/dev/null || fail "$BASE/ready is not answering 200"
echo "ready"

step "development tokens for tenant $TENANT (bin/meridian token)"
MANAGER="$(token maria OPERATIONS)"; INVESTOR="$(token ivan INVESTOR)"; REGULATOR="$(token rita REGULATOR)"
[ -n "$MANAGER" ] && [ -n "$INVESTOR" ] && [ -n "$REGULATOR" ] || fail "bin/meridian token gave no token"
echo "manager (OPERATIONS), investor (INVESTOR), regulator (REGULATOR)"
P="/api/v1/abs/products/$PRODUCT"

step "1. originate $PRODUCT"
call 201 POST /api/v1/abs/products "$MANAGER" "$(jq -n --arg id "$PRODUCT" '{productId:$id, name:"Demo Auto ABS 2026-1",
  issuer:"Demo Leasing", issuerRating:"AA", assetType:"AUTO_LOAN", targetSize:5000000, servicer:"Demo Servicing",
  servicerRating:4, independentTrustee:true, loanLevelReporting:true}')"
echo "phase $(field .phase)"

step "2. a loan tape with errors is refused by row and column, and nothing is loaded"
BAD=$'id,balance,ratePct,remainingTermMonths,amortization,obligor,industry,region,rating\nL1,100000.00,5.0,36,LEVEL_PAY,A Co,retail,Shanghai,AA\nL2,lots,5.0,36,LEVEL_PAY,B Co,retail,Shanghai,AA\nL3,100000.00,5.0,0,LEVEL_PAY,C Co,retail,Shanghai,ZZ'
call 400 PUT "$P/loan-tape" "$MANAGER" "$BAD" text/csv
field '.errors[] | "  \(.field): \(.message)"'
[ "$(field '[.errors[].field] | index("rows[2].balance") != null')" = "true" ] || fail "the refusal does not name rows[2].balance"
poll '.phase == "ORIGINATION" and .tape == null' "$P" "$MANAGER"
echo "still in Origination with no tape"

step "3. load the loan tape (40 loans, CSV)"
{
  echo "id,balance,ratePct,remainingTermMonths,amortization,obligor,industry,region,rating"
  ratings=(AA A+ A BBB+ BBB B); amort=(LEVEL_PAY EQUAL_PRINCIPAL BULLET); regions=(Shanghai Jiangsu Zhejiang Guangdong)
  rates=(4.50 4.75 5.00 5.25 5.50 5.75)
  for i in $(seq 1 40); do
    industry=automotive; [ $((i % 2)) -eq 0 ] && industry=retail; [ $((i % 9)) -eq 0 ] && industry="coal mining"
    printf 'L%d,%d.00,%s,%d,%s,Obligor %d,%s,%s,%s\n' "$i" $((100000 + 2500 * i)) "${rates[$((i % 6))]}" \
      $((12 + 6 * (i % 8))) "${amort[$((i % 3))]}" $((i % 15)) "$industry" "${regions[$((i % 4))]}" "${ratings[$((i % 6))]}"
  done
} > "$WORK/tape.csv"
call 200 PUT "$P/loan-tape" "$MANAGER" "$(cat "$WORK/tape.csv")" text/csv
echo "phase $(field .phase), $(field .tapeLoans) loans"

step "4. eligibility screening (rating BBB- or better, no coal mining)"
call 200 POST "$P/eligibility" "$MANAGER" '{"minRating":"BBB-","excludedIndustries":["coal mining"],"maxRemainingTermMonths":360}'
POOL="$(field .eligibleBalance)"
echo "$(field .eligibleLoans) eligible, balance $POOL; refused:"
field '.rejectedLoans[:4][] | "  \(.loanId): \(.reasons | join("; "))"'

step "5. structure: A 80% / B 10% / Sub, sequential, 8% cumulative-default trigger"
A="$(jq -n --argjson p "$POOL" '($p * 0.8 * 100 | round) / 100')"
B="$(jq -n --argjson p "$POOL" '($p * 0.1 * 100 | round) / 100')"
SUB="$(jq -n --argjson p "$POOL" --argjson a "$A" --argjson b "$B" '(($p - $a - $b) * 100 | round) / 100')"
call 200 PUT "$P/structure" "$MANAGER" "$(jq -n --argjson a "$A" --argjson b "$B" --argjson s "$SUB" '{cutoffDate:"2026-01-31",
  assumptions:{cprPct:6, cdrPct:2, recoveryPct:40, recoveryLagMonths:6},
  structure:{fees:[{name:"trustee", ratePct:0.05}], tranches:[{name:"A", balance:$a, couponPct:3.0},
    {name:"B", balance:$b, couponPct:4.5}, {name:"Sub", balance:$s, couponPct:null}], waterfall:"SEQUENTIAL",
    trigger:{cumulativeDefaultPct:8}}, ratings:{A:"AAA", B:"A"}}')"
echo "tranches A $A, B $B, Sub $SUB; composite score $(field .compositeScore.total), ESG $(field .esgScore.total)"

step "6. cash flows (the contract's engine on the eligible pool)"
call 200 POST "$P/cashflows" "$MANAGER"
field '.projection | to_entries[] | "  \(.key): WAL \(.value.walYears) y, principal \(.value.totalPrincipal), interest \(.value.totalInterest)"'

step "7. Monte Carlo credit losses (20,000 scenarios, correlation 0.15)"
call 200 POST "$P/loss-simulation" "$MANAGER" '{"scenarios":20000,"correlation":0.15,"seed":42}'
echo "  pool: expected loss $(field .losses.pool.expectedLoss) ($(field .losses.pool.expectedLossPct)%), 99% VaR $(field .losses.pool.var99)"
field '.losses.tranches | to_entries[] | "  \(.key): EL \(.value.expectedLossPct)%, P(loss) \(.value.probabilityOfLossPct)%"'

step "8. coupon estimate (gradient boosting on the synthetic past issues; the first call trains the model)"
call 200 POST "$P/coupon-estimate" "$MANAGER" '{"rateLevelPct":2.5}'
field '.coupons.tranches[] | "  \(.tranche) (\(.rating)): \(.estimatedCouponPct)%, like \(.similarIssues[0].issueId) at \(.similarIssues[0].couponPct)%"'

step "9. issuance: bookbuilding, final coupons, allocations, closing"
call 200 POST "$P/issuance" "$MANAGER"
call 200 POST "$P/orders" "$MANAGER" "$(jq -n --argjson a "$A" '{orderId:"O1", investor:"Fund One", tranche:"A", amount:$a, minCouponPct:3.0}')"
call 200 POST "$P/orders" "$MANAGER" "$(jq -n --argjson b "$B" '{orderId:"O2", investor:"Fund Two", tranche:"B", amount:$b}')"
call 200 PUT "$P/final-coupons" "$MANAGER" '{"coupons":{"A":3.1,"B":4.6}}'
call 200 PUT "$P/allocations" "$MANAGER" "$(jq -n --argjson a "$A" --argjson b "$B" '{allocations:[{orderId:"O1", amount:$a}, {orderId:"O2", amount:$b}]}')"
call 200 POST "$P/closing" "$MANAGER" '{"closingDate":"2026-02-15"}'
echo "phase $(field .phase)"
field '.tranches[] | "  \(.name): \(.rating // "unrated"), final coupon \(.finalCouponPct // "residual"), allocated \(.allocated)"'

step "10. servicer report for period 1 (defaults 50% above projection)"
poll '.closingProjection == true' "$P" "$MANAGER"
REPORT="$(jq --argjson pool "$POOL" '.cashflows.periods[0] as $p | (($p.defaults * 1.5 * 100 | round) / 100) as $d |
  {period:1, reportDate:"2026-03-10", interestCollected:$p.interest, scheduledPrincipal:$p.scheduledPrincipal,
   prepayments:$p.prepayments, defaults:$d, recoveries:0,
   poolEndBalance:((($pool - $p.scheduledPrincipal - $p.prepayments - $d) * 100 | round) / 100),
   delinquent30To89:15000, delinquent90Plus:4000, pendingRecoveries:((($d * 0.4) * 100 | round) / 100)}' "$WORK/body")"
call 200 POST "$P/servicer-reports" "$MANAGER" "$REPORT"
echo "pool balance $(field .poolBalance), notes outstanding $(field .notesOutstanding)"
field '.lastPeriod.payments.tranches | to_entries[] | "  \(.key): interest \(.value.interestPaid), principal \(.value.principalPaid), balance \(.value.endBalance)"'
field '.alerts[] | "  alert \(.alertId) \(.kind): \(.text)"'

step "11. the investor's disclosure shows it"
poll '.performance | length == 1' "$P/disclosure" "$INVESTOR"
field '"  \(.name), \(.phase), projection at \(.projectionBasis); pool \(.pool.loans) loans, top obligor \(.pool.topObligors[0].name) \(.pool.topObligors[0].sharePct)%"'
field '.performance[0].performance | "  period 1: pool \(.actualPoolBalance) (projected \(.projectedPoolBalance)), cumulative defaults \(.actualCumulativeDefaultPct)% (projected \(.projectedCumulativeDefaultPct)%)"'

step "12. the regulator's periodic report shows it"
poll 'length == 1 and .[0].period == 1' "$P/regulator-reports" "$REGULATOR"
field '.[0] | "  period \(.period) of \(.productId): pool factor \(.poolFactor), cumulative defaults \(.cumulativeDefaultPct)%, 90+ delinquent \(.delinquent90Plus), trigger breached: \(.sequentialTriggered)"'

printf '\nABS journey complete: %s from origination through a servicer report.\n' "$PRODUCT"
