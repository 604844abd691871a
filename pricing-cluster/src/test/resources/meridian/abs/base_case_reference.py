#!/usr/bin/env python3
"""Independent reference for the ABS base case (shared/spec/abs-cashflow.md), written from the
contract's text alone: a per-period loop over loans with a pow per month, no shared code with the
Java engine. Reads one deal JSON per line on stdin, writes one projection per line on stdout.
Used to produce the golden files that CashflowEngineBaseCaseTest compares to the cent."""
import calendar, datetime, json, sys
from decimal import Decimal, ROUND_HALF_EVEN


def cents(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN) + Decimal("0.00")


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    return datetime.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def project(deal):
    a = deal["assumptions"]
    mdr = 1 - (1 - a["cdrPct"] / 100) ** (1 / 12)
    smm = 1 - (1 - a["cprPct"] / 100) ** (1 / 12)
    lag = a["recoveryLagMonths"]
    rec_rate = a["recoveryPct"] / 100
    loans = [dict(b=l["balance"], r=l["ratePct"] / 1200, n=l["remainingTermMonths"], am=l["amortization"])
             for l in deal["pool"]["loans"]]
    recoveries = {}
    rows = []
    t = 0
    while True:
        t += 1
        live = [l for l in loans if l["n"] > 0]
        if not live and all(k < t for k in recoveries):
            break
        row = dict(begin=0.0, D=0.0, I=0.0, S=0.0, P=0.0, end=0.0)
        for l in live:
            B, r, n = l["b"], l["r"], l["n"]
            D = B * mdr
            Bp = B - D
            I = Bp * r
            if l["am"] == "LEVEL_PAY":
                S = Bp / n if r == 0 else Bp * r / (1 - (1 + r) ** (-n)) - I
            elif l["am"] == "EQUAL_PRINCIPAL":
                S = Bp / n
            else:
                S = Bp if n == 1 else 0.0
            P = (Bp - S) * smm
            E = Bp - S - P
            if n == 1:
                E = 0.0
            row["begin"] += B; row["D"] += D; row["I"] += I; row["S"] += S; row["P"] += P; row["end"] += E
            recoveries[t + lag] = recoveries.get(t + lag, 0.0) + D * rec_rate
            l["b"], l["n"] = E, n - 1
        row["R"] = recoveries.get(t, 0.0)
        rows.append(row)
    # drop trailing periods that only carried zero recoveries
    while len(rows) > 1 and rows[-1]["R"] == 0 and rows[-1]["begin"] == 0:
        rows.pop()

    s = deal["structure"]
    fee_rate = sum(f["ratePct"] for f in s["fees"]) / 1200
    tr = [dict(name=x["name"], bal=x["balance"], c=x["couponPct"], short=0.0, per=[]) for x in s["tranches"]]
    unpaid_fee = 0.0
    out_periods = []
    cutoff = datetime.date.fromisoformat(deal["pool"]["cutoffDate"])
    for i, row in enumerate(rows):
        t = i + 1
        start = [x["bal"] for x in tr]
        funds = row["I"]
        due = fee_rate * row["begin"] + unpaid_fee
        fees = min(funds, due); funds -= fees; unpaid_fee = due - fees
        pays = [dict(ip=0.0, sh=0.0, pp=0.0, wd=0.0) for _ in tr]
        for k, x in enumerate(tr):
            if x["c"] is None:
                continue
            d = x["c"] / 1200 * start[k] + x["short"]
            p = min(funds, d); funds -= p
            x["short"] = d - p
            pays[k]["ip"] = p; pays[k]["sh"] = x["short"]
        pf = row["S"] + row["P"] + row["R"] + funds
        for k, x in enumerate(tr):
            p = min(pf, x["bal"]); x["bal"] -= p; pf -= p; pays[k]["pp"] += p
        pays[-1]["pp"] += pf
        pending = sum(r["R"] for r in rows[i + 1:])
        excess = sum(x["bal"] for x in tr) - (row["end"] + pending)
        for k in range(len(tr) - 1, -1, -1):
            if excess <= 0:
                break
            l = min(tr[k]["bal"], excess); tr[k]["bal"] -= l; excess -= l; pays[k]["wd"] = l
        for k, x in enumerate(tr):
            pays[k]["end"] = x["bal"]; x["per"].append(pays[k])
        out_periods.append({
            "period": t, "date": add_months(cutoff, t).isoformat(),
            "poolBeginBalance": cents(row["begin"]), "defaults": cents(row["D"]), "interest": cents(row["I"]),
            "scheduledPrincipal": cents(row["S"]), "prepayments": cents(row["P"]), "recoveries": cents(row["R"]),
            "poolEndBalance": cents(row["end"]), "feesPaid": cents(fees),
            "tranches": {x["name"]: {"interestPaid": cents(pays[k]["ip"]), "interestShortfall": cents(pays[k]["sh"]),
                                     "principalPaid": cents(pays[k]["pp"]), "writeDown": cents(pays[k]["wd"]),
                                     "endBalance": cents(pays[k]["end"])} for k, x in enumerate(tr)}})
    summaries = {}
    for x in tr:
        pp = [p["pp"] for p in x["per"]]
        total = sum(pp)
        paid = [i + 1 for i, p in enumerate(pp) if cents(p) > 0]
        summaries[x["name"]] = {
            "totalInterest": cents(sum(p["ip"] for p in x["per"])), "totalPrincipal": cents(total),
            "writeDown": cents(sum(p["wd"] for p in x["per"])),
            "walYears": Decimal(sum((i + 1) / 12 * p for i, p in enumerate(pp)) / total if cents(total) > 0 else 0)
                .quantize(Decimal("0.0001"), rounding=ROUND_HALF_EVEN),
            "firstPrincipalPeriod": paid[0] if paid else None, "lastPrincipalPeriod": paid[-1] if paid else None}
    return {"periods": out_periods, "tranches": summaries}


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return float(o)
        return super().default(o)


if __name__ == "__main__":
    for line in sys.stdin:
        if line.strip():
            deal = json.loads(line)
            print(json.dumps(project(deal), default=str))
