#!/usr/bin/env bash
# sample-workshop.sh: fill a library with the workshop the screenshots show,
# through touchpoint-cli, the way a facilitator's team would have left it
# after a morning's session.
#
#   sample-workshop.sh CLI DATABASE
#
# Copyright 2026 The Touchpoint authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -euo pipefail

cli=$1
db=$2
tp () { "$cli" --db "$db" "$@"; }
# The first field of "add" is the new idea's id.
add () { tp add "$workshop" "$1" | cut -f1; }

journey=$(mktemp --suffix=.json)
trap 'rm -f "$journey"' EXIT

# One step of a journey file; arguments are the fields that differ from a
# step that a customer walks through without noticing it.
step () {
  local stage=$1 channels=$2 by=${3:-customer} back=${4:-true} now=${5:-false}
  local self=${6:-false} one=${7:-true} update=${8:-false} effort=${9:-2}
  local feedback=${10:-none}
  printf '{"stage":"%s","description":"","channels":[%s],"initiated_by":"%s",' \
    "$stage" "$channels" "$by"
  printf '"can_come_back":%s,"immediate_decision":%s,"self_service_only":%s,' \
    "$back" "$now" "$self"
  printf '"resolved_in_one_contact":%s,"proactive_update":%s,"effort":%s,"feedback":"%s"}' \
    "$one" "$update" "$effort" "$feedback"
}

write_journey () {
  local IFS=,
  printf '{"steps":[%s]}\n' "$*" >"$journey"
}

# An earlier workshop, so the sidebar has history.
# Templates go by their translated names.
retrospective=$(TEXTDOMAINDIR="$(dirname "$cli")/../share/locale" gettext -d touchpoint Retrospective)
tp new-workshop "Onboarding retrospective" --template "$retrospective" >/dev/null
tp add "Onboarding retrospective" "Welcome call came before the contract arrived #onboarding" >/dev/null
tp add "Onboarding retrospective" "Set-up guide assumed a desktop computer #onboarding #digital" >/dev/null

tp new-workshop "Returns without the runaround" \
  --question "How might we make returning an order effortless for every customer?" >/dev/null
workshop="Returns without the runaround"

for name in Priya Jerry Sam Ana Tomás; do
  tp participants "$workshop" --add "$name" >/dev/null
done

label=$(add "Free return label in the order email #returns #email @Priya")
callback=$(add "Call-back line for customers who want to talk it over #contact #sales @Jerry")
dropoff=$(add "Drop off returns at any partner shop #returns #in-store @Ana")
refund=$(add "Refund the moment the parcel is scanned #refunds @Sam")
tracking=$(add "Tell the customer where their return is, unasked #returns #updates @Priya")
survey=$(add "Ask about the whole return, not just the agent #feedback @Tomás")
pickup=$(add "Courier picks the parcel up from home #returns #logistics @Jerry")
chatbot=$(add "Chatbot that handles every return on its own #support #digital @Sam")
fix=$(add "One agent who can finish the job: refund, exchange or repair #support @Ana")
printer=$(add "QR code instead of a printed label #returns #digital @Tomás")
reasons=$(add "Ask why it came back and send it to the product team #feedback #product @Priya")
exchange=$(add "Exchange for another size in one step #returns #exchange @Ana")

tp tag "$callback" urgent >/dev/null
tp tag --colour "$workshop" returns blue >/dev/null
tp tag --colour "$workshop" support orange >/dev/null
tp tag --colour "$workshop" feedback purple >/dev/null
tp tag --colour "$workshop" digital green >/dev/null

# Dot votes: three each.
tp vote "$label" --as Priya --count 2 >/dev/null
tp vote "$refund" --as Priya >/dev/null
tp vote "$refund" --as Jerry --count 2 >/dev/null
tp vote "$callback" --as Jerry >/dev/null
tp vote "$fix" --as Sam --count 2 >/dev/null
tp vote "$label" --as Sam >/dev/null
tp vote "$dropoff" --as Ana >/dev/null
tp vote "$fix" --as Ana >/dev/null
tp vote "$refund" --as Ana >/dev/null
tp vote "$survey" --as Tomás >/dev/null
tp vote "$printer" --as Tomás --count 2 >/dev/null

# Impact and effort for the matrix, RICE and MoSCoW for the backlog.
score () { tp score "$@" >/dev/null; }
score "$label" --impact 4 --effort 1 --reach 9000 --rice-impact 2 --confidence 80 --rice-effort 1 --moscow must
score "$refund" --impact 5 --effort 4 --reach 12000 --rice-impact 3 --confidence 50 --rice-effort 8 --moscow should
score "$fix" --impact 5 --effort 3 --reach 4000 --rice-impact 3 --confidence 80 --rice-effort 6 --moscow must
score "$callback" --impact 3 --effort 2 --reach 2500 --rice-impact 1 --confidence 80 --rice-effort 2 --moscow should
score "$dropoff" --impact 4 --effort 5 --reach 6000 --rice-impact 2 --confidence 50 --rice-effort 12 --moscow could
score "$tracking" --impact 4 --effort 2 --reach 9000 --rice-impact 1 --confidence 100 --rice-effort 2 --moscow should
score "$survey" --impact 2 --effort 1 --reach 3000 --rice-impact 0.5 --confidence 100 --rice-effort 0.5 --moscow could
score "$pickup" --impact 3 --effort 4 --reach 2000 --rice-impact 1 --confidence 50 --rice-effort 6 --moscow could
score "$chatbot" --impact 2 --effort 5 --reach 5000 --rice-impact 0.5 --confidence 20 --rice-effort 10 --moscow wont
score "$printer" --impact 3 --effort 1 --reach 7000 --rice-impact 1 --confidence 80 --rice-effort 1 --moscow should
score "$reasons" --impact 2 --effort 2 --reach 9000 --rice-impact 0.5 --confidence 50 --rice-effort 2 --moscow could
score "$exchange" --impact 4 --effort 3 --reach 5000 --rice-impact 2 --confidence 80 --rice-effort 4 --moscow should

tp status "$label" shortlisted >/dev/null
tp status "$refund" in-progress >/dev/null
tp status "$fix" shortlisted >/dev/null
tp status "$chatbot" parked >/dev/null

# The return label: a journey every persona gets through, walked and done.
write_journey \
  "$(step 'Order arrives' '"email","app","web"' company true false false true true 1)" \
  "$(step 'Decide to return' '"web","app","phone"' customer true false false true false 2)" \
  "$(step 'Print or show the label' '"email","app","web","in_person"' customer true false false true false 2)" \
  "$(step 'Hand in the parcel' '"in_person","web","app"' customer true false false true true 2)" \
  "$(step 'Refund' '"email","app","web","phone"' company true false false true true 1)" \
  "$(step 'Tell us how it went' '"email","app","web"' company true false false true false 1 whole_experience)"
tp journey set "$label" "$journey" >/dev/null
tp walk "$label" --all --expect 4 >/dev/null
tp status "$label" done >/dev/null

# The refund: the agent cannot finish the job, and the survey rates the agent.
write_journey \
  "$(step 'Send it back' '"post","in_person"' customer true false false true false 2)" \
  "$(step 'Wait for the refund' '"email"' company true false false true false 3)" \
  "$(step 'Chase the refund' '"phone","chat"' customer true false false false false 4)" \
  "$(step 'Rate the agent' '"email"' company true false false true false 1 agent_only)"
tp journey set "$refund" "$journey" >/dev/null
tp walk "$refund" --all --expect 5 >/dev/null

# The call-back line: a sales call the customer cannot return.
write_journey \
  "$(step 'Sales call' '"phone"' company false true false true false 2)" \
  "$(step 'Think it over' '"web","email"' customer true false false true false 2)" \
  "$(step 'Sign up' '"web"' customer true false true true false 3)"
tp journey set "$callback" "$journey" >/dev/null
tp walk "$callback" --all --expect 4 >/dev/null

tp phase "$workshop" prioritise >/dev/null
tp cluster new "$workshop" "$label" "$printer" "$dropoff" "$pickup" --name "Getting the parcel back" >/dev/null
tp cluster new "$workshop" "$refund" "$tracking" --name "Money and news" >/dev/null
tp cluster new "$workshop" "$fix" "$chatbot" "$callback" --name "Talking to someone" >/dev/null
