## Annual Self-Assessment 2024/25 (an invented example): the words of the report,
## in English. Each message id is named in report.yaml. A message's value is the
## full wording; its .easy attribute is the easy-read wording (rules in
## docs/easy-read-content.md). The council, its people and its figures are
## invented. cy.ftl and pl.ftl hold the same messages in Welsh and Polish, with
## the same figures.

report-title = Annual Self-Assessment
report-subtitle = 2024/25
council-name = Morlan County Council
report-period = April 2024 to March 2025

## Introduction

intro-about = About this self-assessment
    .easy = What is this report?
intro-about-duty = Every council in Wales must review, each year, how well it is doing its job: how well it uses its money, staff, buildings and land, and how well it is run. This report is Morlan County Council's self-assessment for April 2024 to March 2025.
    .easy = Every council in Wales must check how well it works. This check is called a self-assessment. This report is about April 2024 to March 2025.
intro-about-evidence = We looked at evidence from every service, asked 1,860 residents, staff and partners for their views, and tested our findings with our Governance and Audit Committee before the Cabinet approved them.
    .easy = We looked at the work of every team. We asked 1,860 people what they think.
intro-about-ratings = We rate each sub-theme in two ways: how well we performed (Excellent, Good, Fair or Poor), and how settled our way of working is (Effective, Embedding, Evolving or Emerging).
    .easy = We give each part of our work 2 ratings. One says how well we did. The other says how settled our way of working is.
intro-about-languages = We publish this report in Welsh, English and Polish. After English and Welsh, Polish is the most common first language in Morlan.
    .easy = You can read this report in Welsh, English and Polish.

## The scales: each level's name, the council's meaning and an easy meaning

performance = Performance
performance-excellent = Excellent
    .meaning = Performance is very strong, and others could learn from the way we work.
    .easy = We are doing very well. Others can learn from us.
performance-good = Good
    .meaning = Performance is strong, with a few areas to improve.
    .easy = We are doing well. A few things can be better.
performance-fair = Fair
    .meaning = Performance is mixed: there are strengths, but important areas need to improve.
    .easy = Some things go well. Important things need to get better.
performance-poor = Poor
    .meaning = Performance is weak and needs to improve urgently.
    .easy = We are not doing well. This must get better soon.

phase = Stage of development
phase-effective = Effective
    .meaning = Our way of working is well established across the council and makes a clear difference.
    .easy = It works well across the whole council.
phase-embedding = Embedding
    .meaning = Our way of working is in place and is becoming part of everyday work.
    .easy = It is becoming part of our everyday work.
phase-evolving = Evolving
    .meaning = We are developing and testing our way of working, and it is not yet the same everywhere.
    .easy = We are still building it and trying it out.
phase-emerging = Emerging
    .meaning = Our way of working is at an early stage: we have only just started.
    .easy = We have only just started.

## The sub-themes and their ratings

ratings-heading = How we rated ourselves
    .easy = Our ratings
    .caption = How well each part of our work went, and how settled it is
    .column = Sub-theme
subtheme-priorities = Setting clear priorities
    .easy = Deciding what matters most
subtheme-data = Using data to improve services
    .easy = Using facts and numbers to make services better
subtheme-finance = Financial planning
    .easy = Planning how we spend our money
subtheme-buildings = Managing buildings and land
    .easy = Looking after our buildings and land
subtheme-buying = Buying goods and services
    .easy = How we buy things
subtheme-recruitment = Recruiting and keeping staff
    .easy = Finding staff and keeping them
subtheme-welsh = Welsh language skills of staff
    .easy = Staff who can speak Welsh
subtheme-involving = Involving residents
    .easy = Asking people what they think
subtheme-partners = Working with partners
    .easy = Working with other groups
subtheme-risk = Managing risk
    .easy = Finding risks and dealing with them
subtheme-decisions = Open decision-making
    .easy = Making decisions where everyone can see

## SA1 Planning and performance

planning = Planning and performance
    .summary = How we set our priorities and check our progress
    .easy = How we plan our work and check how it is going
planning-went-well = What went well
planning-to-improve = What we will improve
planning-well-plan = We agreed a new Corporate Plan for 2025 to 2030, with 4 well-being objectives shaped by 1,120 residents who told us what matters to them.
    .easy = We wrote a new plan for 2025 to 2030. 1,120 people told us what matters to them.
planning-well-dashboard = Every service now publishes its results each quarter on one shared dashboard, which councillors and the public can see.
    .easy = Every team now puts its results on one web page every 3 months. Councillors and the public can see it.
planning-improve-data = Some services still record their figures on paper, so it can take 6 weeks to report them. We will move every service to the shared system by March 2026.
    .easy = Some teams still write their results on paper. By March 2026 they will all use computers.

## SA2 Money and resources

resources = Money and resources
    .summary = How we plan our budget and look after our buildings, land and contracts
    .easy = How we look after money, buildings and land
resources-went-well = What went well
resources-to-improve = What we will improve
resources-well-budget = We set a balanced budget for 2025/26 and closed a funding gap of £10 million without closing any library, leisure centre or day centre.
    .easy = We planned our spending for next year. We did not close any library or sports centre.
resources-well-solar = Solar panels on 14 council buildings have cut the electricity they take from the grid by a third.
    .easy = There are solar panels on 14 council buildings now. These buildings buy less electricity.
resources-improve-buildings = Only 62% of our buildings have an up-to-date survey of their condition. We will survey the rest by December 2025.
    .easy = We have not checked the state of all our buildings yet. We will check the rest by December 2025.
resources-improve-local-spend = Local businesses won 38% of what we spent on goods and services, short of our aim of 45%. We will make our contracts simpler, so that small local firms can bid for them more easily.
    .easy = We want to buy more from local businesses. We will make it easier for them to work for us.

## SA3 Our workforce

workforce = Our workforce
    .summary = How we recruit, keep and develop our staff
    .easy = How we find good staff and keep them
workforce-went-well = What went well
workforce-to-improve = What we will improve
workforce-well-apprentices = We took on 27 apprentices in social care, highways and IT: the most we have ever taken on in one year.
    .easy = 27 people started jobs with us where they learn as they work.
workforce-well-welsh = 41% of our staff now have at least basic Welsh, up from 33% a year ago.
    .easy = 4 in 10 of our staff can now speak some Welsh. This is more than last year.
workforce-improve-care = It is hard to recruit care workers: 1 in 6 home care posts was empty in March 2025. We will pay care workers at least the Real Living Wage, and offer paid training from their first day.
    .easy = We do not have enough care workers. We will pay them more and train them from their first day.

## SA4 Working with residents and partners

residents = Working with residents and partners
    .summary = How we involve residents and work with other organisations
    .easy = How we listen to people and work with other groups
residents-went-well = What went well
residents-to-improve = What we will improve
residents-well-panel = Our new Residents' Panel has 640 members, 55 of them Polish speakers. This year it helped to shape 9 decisions.
    .easy = 640 people joined our new group to tell us what they think. They helped us make 9 decisions.
residents-well-hubs = With the health board and 3 housing associations, we opened 4 community hubs, where people can get advice on money, housing and health in one place.
    .easy = We opened 4 places where you can get help with money, homes and health.
residents-impact-complaints = We answered 86% of complaints within 20 working days, up from 71% the year before.
    .easy = We answered more complaints on time than the year before.
residents-improve-young-people = Few young people take part in our consultations. We will go to schools, colleges and youth clubs to hear their views.
    .easy = Not many young people tell us what they think. We will ask them at schools and youth clubs.

## SA5 Good decisions and managing risk

governance = Good decisions and managing risk
    .summary = How we manage risk and make decisions in the open
    .easy = How we make decisions and deal with risks
governance-went-well = What went well
governance-to-improve = What we will improve
governance-well-audit = Audit Wales found our Governance and Audit Committee effective, and our accounts were approved on time for the second year running.
    .easy = Audit Wales checks the work of councils. They said our own checks work well.
governance-well-webcasting = Every meeting of the council and the Cabinet is now broadcast live online in Welsh and English, and the recordings were watched 3,400 times.
    .easy = You can now watch all council meetings live on the internet. People watched them 3,400 times.
governance-improve-risk = Services do not yet use our risk register in the same way. We will train every manager in managing risk by September 2025.
    .easy = Not every team deals with risks in the same way. We will train all managers by September 2025.

## Quotes and case studies

quotes-heading = In their own words
    .easy = What people told us
quote-hub = I came to the hub about my rent, and left with help to pay my heating bills and an appointment with the practice nurse. One visit sorted out three problems.
    .easy = I went to the hub about my rent. I also got help with my bills. I saw a nurse there too.
    .source = A visitor to the Bryn Morlan community hub
quote-apprentice = I never thought I'd get a job straight from school. Now I'm earning, learning and looking after the roads I grew up on.
    .easy = I got a job straight from school. I earn money and learn at the same time.
    .source = Ffion, apprentice in the highways team (translated from Welsh)
quote-panel = For the first time, the council asked Polish families what we think, and asked us in our own language.
    .easy = The council asked Polish families what we think. They asked us in Polish.
    .source = Jadwiga, member of the Residents' Panel (translated from Polish)

## Pictures: each picture's alternative text, what it means here

picture-performance-excellent = Thumbs up: excellent
picture-performance-good = Green circle: good
picture-performance-fair = Orange circle: fair
picture-performance-poor = Red circle: poor
picture-phase-effective = A handshake: working well together
picture-phase-embedding = A calendar: part of everyday work
picture-phase-evolving = Building work: still being built
picture-phase-emerging = A light bulb: a new idea
picture-report = A chart of how well we did
picture-council = Morlan County Council
picture-having-your-say = Having your say
picture-traffic-lights = Traffic lights: ratings
picture-languages = Reading in your own language
picture-plan = A plan
picture-computer = A computer
picture-money = Money
picture-environment = A tree: better for the environment
picture-town = Council buildings
picture-shop = Local businesses
picture-job = Staff at work
picture-training = Learning at work
picture-welsh = The Welsh language
picture-health-worker = A care worker
picture-people = People together
picture-help = Getting help and advice
picture-complaints = A complaint form
picture-accounts = Our accounts, checked
picture-children = Young people
picture-online = Watching meetings online
picture-safety = Dealing with risks
picture-roads = Roads
picture-vote = Councillors, chosen by voters

## Hard words: each word as it appears in the easy wording, and its explanation

hard-word-self-assessment = self-assessment
    .explanation = When a council checks how well it works. It then says what it will do better.
hard-word-councillor = councillor
    .explanation = A person you vote for. Councillors decide what the council does.
hard-word-solar-panels = solar panels
    .explanation = Panels on a roof that make electricity from sunlight.
hard-word-risks = risks
    .explanation = Things that could go wrong.

## How to contact the council (invented)

council-address =
    County Hall
    Castle Street
    Morlan
    MO1 2SA

## Credits

credit-openmoji = Pictures: OpenMoji (openmoji.org), the open-source emoji and icon project, licence CC BY-SA 4.0.
