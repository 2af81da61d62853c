## Focused on our Performance 2019-20: the words of the report, in English.
## Each message id is named in report.yaml. A message's value is the full
## wording; its .easy attribute is the easy-read wording (rules in
## docs/easy-read-content.md). The pictures' alternative text, the hard words
## and the picture credit come last.

report-title = Focused on our Performance
report-subtitle = Executive Summary 2019 – 2020
    .easy = How we did from April 2019 to March 2020
council-name = Wrexham County Borough Council
report-period = April 2019 to March 2020
codes-origin = The letters of each code come from the English name of its theme.

## Introduction

intro-council = What is Wrexham County Borough Council?
    .easy = What is Wrexham Council?
intro-council-services = It's the organisation in charge of a whole range of key services for everyone in Wrexham County Borough – things like education, social services, highways maintenance, planning and housing. Every time your recycling is emptied; you walk, cycle or drive on a local road; or you go to school you are using a Council service.
    .easy = The Council gives services to everyone in Wrexham. These include schools, roads, homes, recycling and care. You use Council services every day.
intro-council-councillors = The Council is made up of 52 Councillors who are elected every five years in local elections by you as voters. Councillors decide how the Council is run and what it will do. Most of their meetings are public, so you can go along and watch or read the records of meetings on the Council website.
    .easy = The Council has 52 councillors. Councillors are people you vote for every 5 years. They decide what the Council does.

intro-plan = What is the Council Plan?
    .easy = What is the Council Plan?
intro-plan-themes = The Council Plan explains what Wrexham County Borough Council is committed to do to make the whole county a better place for people to live, work, learn and play in. It sets targets for how much improvement the Council aims to make in four key themes: Economy, People, Place and Organisation. Within each of these four key themes, there is a total of 14 well-being objectives. Alongside this the Council Plan (2019-2022), identified a clearer vision for each of our well-being themes and developed a smaller, more focused set of in-year priorities, in line with our well-being objectives, with clear activities that were the main focus of our work for 2019/20.
    .easy = The Council Plan has 4 themes: Economy, People, Place and Organisation. It has 14 well-being objectives. A well-being objective is one of the main things we want to do.
intro-plan-website = The full plan is available on Wrexham Council's website.
    .easy = You can read the full plan on the Council website.

intro-report = What is this?
    .easy = What is this report?
intro-report-annual = Every year we produce an annual report on our performance against the Council Plan called 'Focused on Our Performance'. This is our report back to you about whether we have done what we said we would do, and if we've met our targets. The report covers the time period of April 2019 to March 2020.
    .easy = Every year we write a report about how well we did. It tells you if we did what we said. This report is about April 2019 to March 2020.
intro-report-judgement = The full report sets out an overall judgement and narrative of progress against each of the 6 in-year priority outcomes and the 14 well-being outcomes. The judgement is based on a traffic light system of three ratings: Green, Amber and Red.
    .easy = We give a rating to our 6 in-year priorities and 14 well-being objectives. An in-year priority is a main job for this year. The ratings are Green, Amber and Red, like traffic lights.
intro-report-short-version = What you're reading now is a short and readable version of the full report. If you'd like more information on any of the areas in this booklet - or if you're just really keen on this kind of thing - search for 'Focused on Our Performance' on our website.
    .easy = This is a short, easy version of the full report. To find out more, search for 'Focused on Our Performance' on our website.
intro-report-guide = The performance summary gives a snapshot of the performance rating for all the in-year priorities and well-being objectives. The sections on the four well-being themes give an overview of our highlights.
    .easy = The summary shows the rating of every priority and objective. The parts about our 4 themes show what we did well.

## The rating scale: the traffic light, with the council's meaning of each level

outcome = Overall outcome
outcome-green =
    .meaning = Good progress is being made and outcomes are improving.
    .easy = Things are going well and getting better.
outcome-amber =
    .meaning = Progress is being made but not yet impacting on outcomes.
    .easy = We are doing the work. It has not made things better yet.
outcome-red =
    .meaning = Performance is off-track and outcomes are not improving.
    .easy = Things are not going to plan. They are not getting better.

## The performance summary

summary-heading = Performance summary of the in-year priorities and well-being objectives
priorities-heading = In-year priorities
    .caption = In-year priorities and their overall outcome
    .column = In-year priority
objectives-heading = Well-being objectives
    .caption = Well-being objectives and their overall outcome
    .column = Well-being objective

## In-year priorities

priority-economy = Developing the economy
    .easy = Helping jobs and businesses to grow.
priority-safety = Ensuring everyone is safe
    .easy = Keeping everyone safe.
priority-council = Ensuring a modern and resilient Council
    .easy = Making the Council modern and strong.
priority-education = Improving secondary education
    .easy = Making secondary schools better. These are schools for older children.
priority-environment = Improving the environment
    .easy = Looking after the world around us.
priority-health = Promoting good health and well-being
    .easy = Helping people to be healthy and happy.

## Well-being objectives

objective-e1 = People want to live, work, learn, visit and invest here
    .easy = People want to live, work, learn and visit here. Businesses want to spend money in Wrexham.
objective-e2 = Businesses can locate and grow here
    .easy = Businesses can start and grow here.
objective-e3 = Tackling poverty
    .easy = Helping people who do not have enough money.
objective-pe1 = All people have positive aspirations, learn and achieve their potential
    .easy = Everyone can learn and do their best.
objective-pe2 = Supporting people to live active, independent lives within their community
    .easy = Helping people to be active and do things for themselves.
objective-pe3 = Safeguarding those who are vulnerable
    .easy = Keeping vulnerable people safe from harm. Vulnerable people are more at risk of being hurt.
objective-pe4 = People are safe and feel included
    .easy = People are safe and feel part of the community.
objective-pe5 = Enabling access to leisure and cultural activities
    .easy = Helping people to enjoy sport, arts and other fun things.
objective-pl1 = Homes that meet people's needs and aspirations
    .easy = Homes that are right for people.
objective-pl2 = An environmentally responsible place
    .easy = A place that looks after the world around us.
objective-pl3 = Communities with sustainable, attractive settlements, neighbourhoods, buildings and spaces
    .easy = Towns and villages that are nice places to live, now and in the future.
objective-pl4 = Well-connected communities
    .easy = Communities where it is easy to get around and keep in touch.
objective-o1 = Continue to modernise services
    .easy = Making our services more modern.
objective-o2 = Supporting a resilient Council
    .easy = Making the Council strong, so it can cope with change.

## Economy

economy = Economy
    .summary = This is about jobs and money
    .easy = This part is about jobs and money.
economy-aim-live-work-invest = Encourage people to live, work, learn, visit and invest here.
    .easy = Get more people to live, work, learn and visit here. Get more businesses to spend money here.
economy-aim-businesses = Support businesses to locate and grow here.
    .easy = Help businesses to start and grow here.
economy-aim-poverty = Help tackle poverty in Wrexham County Borough.
    .easy = Help people in Wrexham who do not have enough money.
economy-action-frontage-grant = Secured a £1.5 million grant to help commercial building occupiers and owners to enhance building frontage, improve the quality of the signage and bring vacant floor space back into beneficial business use.
    .easy = We got a grant of more than £1 million for town buildings. A grant is money given for a special job. It helps owners make shop fronts better and fill empty spaces.
economy-action-town-centre = Invested £5,549,669 into the physical regeneration of the town centre.
    .easy = We spent more than £5 million on town centre regeneration. Regeneration means making a place better and busier.
economy-action-techniquest = Worked with our partners to secure a grant of £750,000 to facilitate the relocation of Techniquest (now rebranded as Explore!) into the town centre.
    .easy = We got a grant of £750,000 with other groups. It will move the Techniquest science centre into the town centre. Techniquest is now called Explore!
economy-action-business-school = Held a Pop-up business school event aimed at supplying individuals with information and guidance on how to set up a new business.
    .easy = We held a short business school event. It showed people how to start a new business.
economy-action-digital-officer = Established a new post within the Council, for a Digital Officer to support the improvement of digital connectivity.
    .easy = We made a new job at the Council: Digital Officer. This person helps Wrexham get better internet connections.
economy-action-resilience-grants = Made 91 grants available to businesses, each worth £2,500, via the Economic Resilience Fund.
    .easy = We offered 91 grants to businesses. Each grant was worth £2,500. The money helps businesses through hard times.
economy-action-communities-for-work = Continued to provide essential support to our communities in helping individuals secure employment through our dedicated team at 'Communities for Work' and 'Communities for Work Plus'.
    .easy = Our Communities for Work teams help people find jobs. One team is called Communities for Work Plus.
economy-action-fair-work = Promoted projects such as apprenticeships, community benefits, the employers pledge and improved salaries for the most poorly paid.
    .easy = We supported fair work for people. This included apprenticeships and better pay for the lowest paid. An apprenticeship is a job where you also learn skills.
economy-impact-footfall = Footfall in the town centre has greatly improved during 2019/20.
    .easy = More people came to the town centre in 2019 to 2020.
economy-impact-visitor-spend = The value of visitor spend in 2019/20 increased to £125 million.
    .easy = Visitors spent £125 million in 2019 to 2020. This was more than before.
economy-impact-vacancy-rate = Town centre vacancy rate for all retail properties and Council owned retail properties improved from 2018/19.
    .easy = Fewer shops in the town centre were empty than in 2018 to 2019. This includes shops the Council owns.
economy-impact-businesses = In 2019/20 there was an increase in the number of recorded businesses to 12,450.
    .easy = The number of businesses went up to 12,450 in 2019 to 2020.
economy-impact-jobs = 383 jobs were created in 2019/20 where the Council was directly involved.
    .easy = The Council helped to create 383 jobs in 2019 to 2020.
economy-impact-workless-households = The number of households where no one works is lower in Wrexham than the Welsh national average for the second consecutive year.
    .easy = Fewer homes in Wrexham have nobody in work than in Wales as a whole. This is true for the second year in a row.
economy-impact-economically-active = The percentage of economically active households is higher than the Welsh average.
    .easy = In Wrexham, more homes have someone working or looking for work. This is higher than in Wales as a whole.

## People

people = People
    .summary = This is about learning, being safe, being healthy
    .easy = This part is about learning, being safe and being healthy.
people-aim-aspirations = Support all people to have positive aspirations, learn and achieve their potential.
    .easy = Help everyone to aim high, learn and do their best.
people-aim-independent-lives = Support people to live active, independent lives within their community.
    .easy = Help people to be active and do things for themselves.
people-aim-safeguarding = Safeguard those who are vulnerable.
    .easy = Keep vulnerable people safe from harm. Vulnerable people are more at risk of being hurt.
people-aim-safe-included = Work with our partners to make Wrexham a safe place where people feel included.
    .easy = Work with other groups to make Wrexham safe for everyone. We want everyone to feel welcome.
people-action-learner-wellbeing = Ensured that the safety, mental, emotional and physical well-being of our learners, particularly vulnerable learners, continues to be our priority in planning.
    .easy = We made it a priority to keep pupils safe, well and happy. We gave most care to pupils who need extra help.
people-action-school-relationships = Built strong and positive relationships between the local authority, schools and the regional school improvement service.
    .easy = We built strong links between the Council and schools. We also worked well with the service that helps schools improve.
people-action-occupational-therapists = Increased the number of short term Occupational Therapists to increase the availability of advice, information and assistance to help promote independence.
    .easy = We got more occupational therapists for a short time. Occupational therapists help people to do everyday things on their own.
people-action-childrens-rights = Began the pilot of a 'Children's Rights' approach to Children's Social Care.
    .easy = We started to test a new way of caring for children. It puts children's rights first.
people-action-met-panel = Formed the Missing-Exploited-Trafficked (MET) Operational Panel that supports children and young people who are vulnerable due to missing-from-home episodes.
    .easy = We set up the MET Panel. MET means children who are missing, or in danger from criminals. The panel helps keep these children safe.
people-action-it-system = In November 2019, we moved across to the new joint health and social care IT system.
    .easy = In November 2019, we started using a new computer system. Health and social care staff share it.
people-action-public-spaces-order = Addressed anti-social behaviour by reintroducing the Wrexham Town Public Spaces Protection Order.
    .easy = We brought back rules for public places in Wrexham town. The rules help stop anti-social behaviour. Anti-social behaviour is when people upset or scare others.
people-action-alcohol-treatment-centre = Secured funding to continue the Wrexham Alcohol Treatment Centre (Hafan Y Dref) for 2020/21.
    .easy = We got money to keep the Wrexham Alcohol Treatment Centre open in 2020 to 2021. It is called Hafan Y Dref. It helps people who have drunk too much on a night out.
people-impact-key-stage-3 = Attainment at Key Stage 3 was above the Wales average for the first time in the Core Subject Indicator.
    .easy = Key Stage 3 pupils got good results in the main subjects. They did better than the usual results for Wales. Key Stage 3 means school years 7, 8 and 9. This was the first time.
people-impact-welsh-medium = The supply of Welsh medium education places exceeded demand at each intake of nursery, reception and secondary pupils.
    .easy = There were enough places in Welsh-medium schools for every child who wanted one. Welsh-medium means taught in Welsh. This was true for nursery, reception and secondary school.
people-impact-disabled-facilities-grant = The average number of calendar days to deliver a disabled facilities grant improved in 2019/20 to 186 days from 206 days in 2018/19.
    .easy = A disabled facilities grant pays for changes to a disabled person's home. In 2019 to 2020, it usually took about 186 days to give one. This is better than 206 days in 2018 to 2019.
people-impact-victim-crime = A reduction in victim based crimes in Wrexham compared to 2018/19.
    .easy = There were fewer crimes against people in Wrexham than in 2018 to 2019.
people-impact-feeling-safe = An improvement in the percentage of people feeling safe in their local area to 80% from 72% in 2018/19.
    .easy = 8 out of 10 people now feel safe in their area. In 2018 to 2019, it was 7 out of 10.
people-impact-alcohol-treatment-centre = 4,000 individuals supported through the Wrexham Alcohol Treatment Centre, on a night out in the town centre, during the past year.
    .easy = The Wrexham Alcohol Treatment Centre helped 4,000 people last year. They were on a night out in the town centre.

## Place

place = Place
    .summary = This is about your neighbourhood and your home
    .easy = This part is about where you live and your home.
place-aim-leisure-culture = Enable access to leisure and cultural activities.
    .easy = Help people to enjoy sport, arts and other fun things.
place-aim-homes-regeneration = Promote good quality homes and regeneration.
    .easy = Help people have good quality homes. Improve places through regeneration. Regeneration means making a place better and busier.
place-aim-environment = Create an environmentally responsible place.
    .easy = Look after the world around us.
place-aim-sustainable-communities = Establish communities with sustainable, attractive settlements, neighbourhoods, buildings and spaces.
    .easy = Make towns, villages and buildings nice places to be, now and in the future.
place-aim-connected-communities = Form well-connected communities.
    .easy = Make it easy to get around and keep in touch.
place-action-ty-pawb = Continued to develop Tŷ Pawb as an arts, culture and well-being hub including hosting the Print International Exhibition in November 2019.
    .easy = We kept developing Tŷ Pawb, a centre for arts, culture and well-being. In November 2019, it held the Print International show.
place-action-colliers-park = Supported the official opening ceremony for Colliers Park, which took place in September 2019, creating a new National Football Development Centre.
    .easy = Colliers Park opened in September 2019. It is a new National Football Development Centre. We supported the opening.
place-action-housing-funding = Secured funding to the value of £3,455,000 through the Planned Development Programme providing approval for the provision of 97 new units of Housing Association accommodation.
    .easy = We got more than £3 million to pay for 97 new homes. Housing associations will run these homes. A housing association rents out homes at a fair price.
place-action-construction-research = Successfully secured funding of £65,000 from the Foundational Economy Challenge Fund, to undertake a research project surrounding the local Modern Methods of Construction.
    .easy = We got £65,000 to study modern ways of building in our area.
place-action-street-lights = Delivered on the replacement of existing street lights with new energy efficient lighting technologies, in an effort to reduce the impacts of rising energy costs.
    .easy = We put in new street lights that use less energy. This helps save money as energy costs go up.
place-action-local-development-plan = Developed the Local Development Plan, which is a land development strategy.
    .easy = We worked on the Local Development Plan. This plan says how land in Wrexham can be used.
place-action-conservation-areas = Approved 100% of applications which were in line with Conservation Area Guidance to support preserving or enhancing conservation areas.
    .easy = We said yes to all the plans that followed the rules for conservation areas. A conservation area is a place with special old buildings.
place-impact-volunteering = The overall number of volunteering hours has increased from 2018/19.
    .easy = People gave more hours as volunteers than in 2018 to 2019. A volunteer works without being paid.
place-impact-volunteer-hours = This included an increase of 4,818 volunteer hours supporting sports development and 2,908 hours supporting parks and country parks.
    .easy = Volunteers gave 4,818 more hours to sport. They gave 2,908 more hours to parks and country parks.
place-impact-housing-quality = An increase in the number of properties meeting elements of the Welsh Housing Quality Standard from 2018/19, ensuring that households live in good quality homes.
    .easy = More homes now meet parts of the Welsh Housing Quality Standard. This is more than in 2018 to 2019. The standard checks that homes are good quality.
place-impact-council-properties = A total of 26 former Council properties were brought back into Council stock.
    .easy = 26 homes the Council used to own are Council homes again.
place-impact-recycling = Exceeded the Welsh Government's statutory target of reusing, recycling or composting by 5.66%.
    .easy = The Welsh Government sets a target for reusing, recycling and composting. Composting turns food and garden waste into soil. We did better than this target.
place-impact-fly-tipping = Improved the average number of working days to clear fly-tipping incidents to 2.82 days from 3.95 days in 2018/19.
    .easy = We cleared fly-tipping faster than in 2018 to 2019. Fly-tipping means dumping rubbish where it is not allowed. It now takes about 3 working days. It took about 4 days before.
place-impact-roads = Increased the percentage of 'A' roads and 'B' roads in good condition since 2018/19.
    .easy = More main roads are in good condition than in 2018 to 2019. Main roads are called A roads and B roads.

## Organisation

organisation = Organisation
    .summary = This is about 'Your Council'
    .easy = This part is about how the Council works.
organisation-aim-modernise = Continue to modernise our services.
    .easy = Keep making our services more modern.
organisation-aim-resilient = Support a resilient Council.
    .easy = Help the Council to be strong and cope with change.
organisation-action-ict = Made progress towards modernising the Council ICT services that support the delivery of digital services to our customers and employees.
    .easy = We made progress in updating the Council's computer systems. These systems help us offer services online to customers and staff.
organisation-action-website = Launched our new website live in a BETA (development) version enabling us to gauge customer feedback and satisfaction levels.
    .easy = We started a test version of our new website. This helps us find out what customers think of it.
organisation-action-my-account = Created a dedicated 'My Account' page, providing an easily accessible online platform for customers to self-serve and keep track of any requests they make with Wrexham Council.
    .easy = We made a 'My Account' page on our website. You can use it to ask for services and follow your requests.
organisation-action-digital-forms = Improved and developed new digital forms that allow customers quicker access to communicate high volume enquiries to the Council and feedback.
    .easy = We made new and better online forms. They help you contact the Council more quickly and tell us what you think.
organisation-action-health-safety = Developed a new approach to Health & Safety training, providing a range of courses appropriate to roles and Health & Safety responsibilities.
    .easy = We made new health and safety training for staff. There are different courses for different jobs.
organisation-action-recruitment = Launched a new on-line recruitment module, enabling an improved application experience for candidates.
    .easy = We started a new way to apply for Council jobs online. It is easier to apply now.
organisation-action-coaching = Updated our coaching framework to support managers in their role and develop their leadership skills, provided to over 25 individual staff members.
    .easy = We updated our training for managers. It helps them lead their teams better. More than 25 staff have had this training.
organisation-action-internal-communication = Developed internal communication within the Council including workshops with the Chief Executive and a relaunch of a new style of the employee bulletin.
    .easy = We improved how we talk to staff inside the Council. This included meetings with the head of Council staff and a new staff newsletter.
organisation-action-leadership = Delivered our Leadership Programme, which aims to build resilience and capability in leaders; who will be better placed to respond to and drive change, deliver improvement and engage employees.
    .easy = We ran our Leadership Programme for Council leaders. It helps them cope with change, make things better and work well with staff.
organisation-impact-digital-satisfaction = 82% of customers are satisfied with completing digital transactions via the 'My Account' forms on the Council website, giving the facility a rating of either 4 or 5 stars.
    .easy = 8 out of 10 customers are happy with the 'My Account' online forms. They gave them 4 or 5 stars.
organisation-impact-digital-requests = The percentage of interactions received via digital channel improved in 2019/20 to 40,883 service requests received via the digital platform.
    .easy = More people used the internet to contact us in 2019 to 2020. We got 40,883 requests for services online.
organisation-impact-digital-services = We now have 76 different services available to customers via the digital platform.
    .easy = You can now use 76 different Council services online.
organisation-impact-self-service = 66% is the percentage of service requests received by customers self-serving compared to those being dealt with by telephone.
    .easy = Customers made 7 out of 10 requests for services themselves, online. Other requests were made by phone.
organisation-impact-staff-development = For the second consecutive year, 52% of employees feel they have the opportunity to develop and improve their potential.
    .easy = 5 out of 10 staff feel they can learn and grow in their job. This is the same as the year before.
organisation-impact-communications = We also saw an improvement to 55% of staff agreeing with the statement that 'communications are good in my department'.
    .easy = 6 out of 10 staff now agree that communication in their department is good. This is better than before.

## Our Council Principles

principles-heading = Our Council Principles
    .easy = Questions we ask ourselves

## Our Council Principles

principle-long-term = How can we balance today's demands with our ability to meet Wrexham's long term needs?
    .easy = How can we help people today and still plan for Wrexham's future?
principle-prevention = What can we do to prevent problems occurring or stop them getting worse?
    .easy = How can we stop problems before they start or get worse?
principle-involvement = How can we work with local people and communities to shape services?
    .easy = How can we work with local people to plan services?
principle-council-departments = What can we do to actively work with other Council Departments?
    .easy = How can we work better with other teams in the Council?
principle-partnerships = How can we make sure our partnerships work?
    .easy = How can we make sure we work well with other groups?
principle-welsh-language = Are information and services equally available in English and Welsh?
    .easy = Are information and services just as easy to get in Welsh and English?
principle-vulnerable-people = How can we identify and prioritise the most vulnerable people in our communities?
    .easy = How can we find and help the people in most need first?

## Pictures: each picture's alternative text, what it means here

picture-rating-green = Green light: good progress
picture-rating-amber = Amber light: some progress
picture-rating-red = Red light: not on track
picture-council = The Council
picture-plan = A plan
picture-report = A chart of how well we did
picture-money = Money
picture-people = People together
picture-home = A home
picture-neighbourhood = Homes in a neighbourhood
picture-vote = Voting in an election
picture-services = Council services
picture-online = Using a computer online
picture-calendar = Every year
picture-traffic-lights = Traffic lights: green, amber and red
picture-booklet = A short booklet
picture-safety = Keeping safe
picture-school = A school
picture-environment = A tree: the world around us
picture-health = Good health
picture-town = Wrexham town
picture-shop = Shops and businesses
picture-poverty = Having enough money
picture-learning = Learning
picture-independence = A disabled person living independently
picture-safeguarding = Caring for people who need help
picture-arts = Arts and culture
picture-transport = Getting around by bus
picture-building-work = Building work
picture-science = A science centre
picture-business = Business
picture-internet = The internet
picture-job = A job
picture-working-together = Working together
picture-visitors = People visiting the town centre
picture-shopping = Visitors spending money
picture-household = A household
picture-health-worker = A health worker
picture-children = Children
picture-computer = A computer system
picture-alcohol = A place that helps people who have drunk too much
picture-welsh = The Welsh language
picture-football = Football
picture-lighting = Lights that save energy
picture-map = Where land can be used
picture-heritage = Special old buildings
picture-volunteer = A volunteer
picture-recycling = Recycling
picture-fly-tipping = No dumping rubbish
picture-roads = Roads
picture-form = An online form
picture-health-and-safety = Health and safety at work
picture-training = Training for staff
picture-talking = Talking to each other
picture-happy-customers = Happy customers
picture-future = Thinking about the future
picture-prevention = Stopping problems early
picture-having-your-say = Having your say
picture-modern-services = Using modern computer services
picture-mobile = Using a mobile phone
picture-requests = Messages coming in
picture-my-account = Your own account
picture-apprentice = A worker learning a trade
picture-builder = Building new homes
picture-key = The key to a home
picture-office = Council offices
picture-shop-front = Shop fronts
picture-team = Teams working together
picture-police = Police keeping people safe
picture-books = Learning and growing at work

## Hard words: each word as it appears in the text, and its explanation

hard-word-councillor = councillor
    .explanation = A person you vote for. Councillors decide what the Council does.
hard-word-well-being-objective = well-being objective
    .explanation = One of the main things the Council wants to do to make lives better.
hard-word-in-year-priority = in-year priority
    .explanation = A main job the Council wants to do this year.
hard-word-grant = grant
    .explanation = Money given for a special job. It does not have to be paid back.
hard-word-regeneration = regeneration
    .explanation = Making a place better and busier.
hard-word-apprenticeship = apprenticeship
    .explanation = A job where you also learn skills.
hard-word-vulnerable = vulnerable
    .explanation = More at risk of being hurt.
hard-word-occupational-therapist = occupational therapist
    .explanation = A person who helps you do everyday things on your own.
hard-word-anti-social-behaviour = anti-social behaviour
    .explanation = When people upset or scare others, for example by shouting or fighting.
hard-word-key-stage-3 = Key Stage 3
    .explanation = School years 7, 8 and 9.
hard-word-welsh-medium = Welsh-medium
    .explanation = Taught in Welsh.
hard-word-housing-association = housing association
    .explanation = A group that rents out homes at a fair price.
hard-word-conservation-area = conservation area
    .explanation = A place with special old buildings that must be looked after.
hard-word-volunteer = volunteer
    .explanation = A person who works without being paid.
hard-word-fly-tipping = fly-tipping
    .explanation = Dumping rubbish where it is not allowed.
hard-word-composting = composting
    .explanation = Turning food and garden waste into soil.
hard-word-a-roads = A roads
    .explanation = Main roads. B roads are the next most important roads.

## How to contact the council

council-address =
    Guildhall
    Wrexham
    LL11 1AY


## How a voice should say names it would read wrongly (for the formats that speak)

say-wrexham = Wrexham
    .say = Rexum
say-ty-pawb = Tŷ Pawb
    .say = Tee Powb
say-techniquest = Techniquest
    .say = Teknee-quest

## Credits

credit-openmoji = Pictures: OpenMoji (openmoji.org), the open-source emoji and icon project, licence CC BY-SA 4.0.
