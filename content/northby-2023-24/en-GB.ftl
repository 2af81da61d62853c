## Council Plan Performance Report, Quarter 2 2023/24 (an invented example): the
## words of the report, in English. Each message id is named in report.yaml. A
## message's value is the full wording; its .easy attribute is the easy-read
## wording (rules in docs/easy-read-content.md). The council, its people and its
## figures are invented.

report-title = Council Plan Performance Report
report-subtitle = Quarter 2, 2023/24
council-name = Northby Borough Council
report-period = July to September 2023

## Introduction

intro-report = About this report
    .easy = What is this report?
intro-report-plan = The Council Plan 2023 to 2027 sets out what Northby Borough Council will do for the borough's 118,000 residents. It has four priorities: a growing economy; healthy and safe communities; a clean and green borough; and a council that works well for residents. Each priority has outcomes we want to see, and actions we will take this year to get there.
    .easy = The Council Plan says what we will do from 2023 to 2027. It has 4 main aims for Northby. We call these aims priorities.
intro-report-quarter = This report covers the second quarter of the council's financial year 2023/24: July, August and September 2023. It tells you how we are doing against the plan, what went well and where we need to do better.
    .easy = This report is about July, August and September 2023. It tells you how we are doing.
intro-report-ratings = We judge each priority and outcome as Excellent, Good, Adequate or Poor. Each action has a delivery status: Complete, On track, At risk or Not started. Each key performance indicator is rated Green, Amber or Red against its target for the quarter.
    .easy = We say how well each priority is going. We say how each big job is going. We also count some things, and each count has a target. A target is a number we want to reach.
intro-report-cabinet = The Cabinet, the councillors who lead the council, looks at this report every quarter. The Overview and Scrutiny Committee then questions the Cabinet about anything that is off track.
    .easy = Councillors lead the council. They look at this report every 3 months. They ask questions when things go wrong.

intro-glance = Quarter 2 at a glance
    .easy = How did we do?
intro-glance-priorities = Of the 4 priorities and 8 outcomes in the plan, we judge 1 Excellent, 5 Good, 4 Adequate and 2 Poor.
    .easy = We looked at 12 parts of our plan. 6 are going well. 4 are going OK. 2 are not going well.
intro-glance-actions = Of our 9 actions for the year, 2 are complete, 4 are on track, 2 are at risk and 1 has not started yet.
    .easy = We have 9 big jobs to do this year. 2 are done. 4 are going to plan. 2 may be late. 1 has not started yet.
intro-glance-homes = Our biggest challenge is housing. More families became homeless over the summer, and 104 households were living in temporary accommodation at the end of September, against a target of 90. The cost of emergency bed and breakfast rooms also rose. Our housing recovery plan is part of outcome 2.1.
    .easy = More families had nowhere to live this summer. We found them short-term homes. We have a plan to find more homes for families.
intro-glance-next = Our report on Quarter 3, October to December 2023, will go to the Cabinet in February 2024.
    .easy = Our next report is about October to December 2023. It will come out in February 2024.

## The scales: each level's name, the council's meaning and an easy meaning

judgement = Judgement
judgement-excellent = Excellent
    .meaning = Everything planned is on track and results are better than expected.
    .easy = This is going very well.
judgement-good = Good
    .meaning = Most of what we planned is on track and results are improving.
    .easy = This is going well.
judgement-adequate = Adequate
    .meaning = Some progress has been made, but results are not yet improving as planned.
    .easy = This is going OK. It needs to get better.
judgement-poor = Poor
    .meaning = Progress is off track and results are not improving; a recovery plan is in place.
    .easy = This is not going well. We have a plan to put it right.

delivery = Delivery status
delivery-complete = Complete
    .meaning = The action has been done.
    .easy = This job is done.
delivery-on-track = On track
    .meaning = The action is going to plan and will be done on time.
    .easy = This job is going to plan.
delivery-at-risk = At risk
    .meaning = Problems may delay the action or stop it being done this year.
    .easy = This job may be late.
delivery-not-started = Not started
    .meaning = The action is planned for later in the year and has not started yet.
    .easy = This job starts later in the year.

# The traffic light's level names (Green, Amber, Red) are the library's.
kpi-status = Status against target
kpi-status-green =
    .meaning = On target or better.
    .easy = We reached the target.
kpi-status-amber =
    .meaning = Missed the target by 5% or less.
    .easy = We nearly reached the target.
kpi-status-red =
    .meaning = Missed the target by more than 5%.
    .easy = We did not reach the target.

## Progress on the Council Plan

progress-heading = Progress on the Council Plan
    .easy = How is our plan going?

priorities-heading = Priorities and outcomes
    .easy = Our priorities
    .caption = How well each priority and outcome is going
    .column = Priority or outcome
priority-economy = A growing economy
    .easy = More jobs and busy shops in Northby
priority-economy-jobs = More local people in good, secure jobs
    .easy = More people in Northby have good jobs
priority-economy-town-centre = A busy and welcoming town centre
    .easy = A busy town centre that people enjoy
priority-communities = Healthy and safe communities
    .easy = People are healthy and safe
priority-communities-homes = Fewer families without a settled home
    .easy = Fewer families have nowhere to live
priority-communities-active = More people active and well
    .easy = More people keep fit and well
priority-green = A clean and green borough
    .easy = A clean and green Northby
priority-green-waste = Less waste, and more of it recycled
    .easy = Less rubbish, and more recycling
priority-green-streets = Clean streets, parks and open spaces
    .easy = Clean streets and parks
priority-council = A council that works well for residents
    .easy = A council that works well for you
priority-council-contact = Quick and easy contact with the council
    .easy = It is quick and easy to get in touch with us
priority-council-budget = A balanced budget that protects front-line services
    .easy = We do not spend more money than we have

actions-heading = Actions for 2023/24
    .easy = Our big jobs this year
    .caption = How each action for 2023/24 is going
    .column = Action
action-jobs-hub = Open the Northby Jobs Hub in the Central Library
    .easy = Open a place in the library that helps people find jobs
action-apprenticeships = Create 40 new apprenticeships with local employers
    .easy = Make 40 new jobs with local businesses where people learn skills as they work
action-market-hall = Reopen the Market Hall after roof repairs
    .easy = Open the Market Hall again when the roof is mended
action-family-homes = Buy 30 homes to house homeless families
    .easy = Buy 30 homes for families who have nowhere to live
action-pool = Open the new swimming pool at Northby Leisure Centre
    .easy = Open the new swimming pool at Northby Leisure Centre
action-food-waste = Start weekly food waste collections from every home
    .easy = Collect food waste from every home each week
action-street-trees = Plant 500 street trees, starting in the planting season in November
    .easy = Plant 500 trees along our streets from November
action-online-account = Launch an online account for residents to request services and track them
    .easy = Make a web page where you can ask for services and follow your requests
action-savings = Agree savings of £2.4 million for the 2024/25 budget
    .easy = Find ways to save more than £2 million next year

## Key performance indicators

kpi-heading = Key performance indicators
    .easy = Numbers that show how we are doing
    .caption = Key performance indicators: last quarter, this quarter, target, status and trend
    .previous = April to June 2023
    .current = July to September 2023
kpi-jobs-hub = People helped into work by the Jobs Hub
    .easy = People who found a job with our help
kpi-town-centre-visits = Visits to the town centre, counted by footfall cameras
    .easy = Visits to the town centre
kpi-families-temporary-homes = Households in temporary accommodation at the end of the quarter
    .easy = Families and single people living in short-term homes
kpi-bed-and-breakfast-cost = Average cost of one night in an emergency bed and breakfast room
    .easy = What we pay for 1 night in a bed and breakfast room
kpi-recycling = Household waste reused, recycled or composted
    .easy = Rubbish from homes that was recycled
kpi-potholes = Average working days to repair a reported pothole (a new measure this quarter)
    .easy = Days to mend a hole in the road, counted since July
kpi-street-cleaning = Residents satisfied with street cleaning (quarterly survey)
    .easy = People happy with how clean the streets are
kpi-calls-answered = Calls to the contact centre answered within 2 minutes
    .easy = Phone calls we answered within 2 minutes
kpi-car-park-income = Income from council car parks
    .easy = Money we got from our car parks

## Highlights

highlights-heading = What went well this quarter
    .easy = Good news
    .intro = Some good news from July to September 2023:
highlight-pool = The new 25-metre pool at Northby Leisure Centre opened on 4 August, on time and on budget. It welcomed 9,140 swimmers in its first eight weeks.
    .easy = Our new swimming pool opened in August. 9,140 people swam there in the first 8 weeks.
highlight-jobs-hub = The Northby Jobs Hub opened in the Central Library in July and helped 168 people into work by the end of September.
    .easy = Our Jobs Hub opened in the library in July. It helped 168 people find work.
highlight-budget-survey = 1,240 residents told us their priorities for next year's budget in our 'Your Northby, Your Say' survey.
    .easy = 1,240 people told us what we should spend money on next year.
highlight-reading-challenge = 2,315 children took part in the libraries' Summer Reading Challenge, 12% more than last year.
    .easy = 2,315 children read books in our summer reading challenge. This was more than last year.
highlight-river-clean-up = 86 volunteers cleared 3 tonnes of litter from the banks of the River Nor in September.
    .easy = 86 volunteers picked up rubbish by the River Nor. A volunteer works without being paid.

## Pictures: each picture's alternative text, what it means here

picture-judgement-excellent = Thumbs up: excellent
picture-judgement-good = Green circle: good
picture-judgement-adequate = Orange circle: adequate
picture-judgement-poor = Red circle: poor
picture-delivery-complete = Thumbs up: the job is done
picture-delivery-on-track = Green circle: going to plan
picture-delivery-at-risk = Orange circle: may be late
picture-delivery-not-started = Hourglass: starts later
picture-kpi-green = Green light: target reached
picture-kpi-amber = Amber light: target nearly reached
picture-kpi-red = Red light: target missed
picture-report = A chart of how well we are doing
picture-plan = A plan
picture-calendar = Months of the year
picture-traffic-lights = Traffic lights: green, amber and red
picture-vote = Councillors, chosen by voters
picture-council = Northby Borough Council
picture-home = A home
picture-job = A job
picture-shop = Shops in the town centre
picture-health = Keeping fit and healthy
picture-environment = Trees and green spaces
picture-recycling = Recycling
picture-talking = Talking to the council
picture-money = Money
picture-building-work = Building repairs
picture-online = Using the council's website
picture-having-your-say = Having your say
picture-children = Children
picture-volunteer = A volunteer

## Hard words: each word as it appears in the text, and its explanation

hard-word-councillor = councillor
    .explanation = A person you vote for. Councillors decide what the council does.
hard-word-target = target
    .explanation = A number we want to reach by a set time.
hard-word-volunteer = volunteer
    .explanation = A person who works without being paid.

## How to contact the council (invented)

council-address =
    Northby Town Hall
    Market Square
    Northby
    NB1 1TH

## Credits

credit-openmoji = Pictures: OpenMoji (openmoji.org), the open-source emoji and icon project, licence CC BY-SA 4.0.
