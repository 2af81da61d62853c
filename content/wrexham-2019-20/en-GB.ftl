## Focused on our Performance 2019-20: the words of the report, in English.
## Each message id is named in report.yaml. A message's value is the full
## wording; its .easy attribute, where there is one, is the easy-read wording.

report-title = Focused on our Performance
report-subtitle = Executive Summary 2019 – 2020
council-name = Wrexham County Borough Council
report-period = April 2019 to March 2020

## Introduction

intro-council = What is Wrexham County Borough Council?
intro-council-services = It's the organisation in charge of a whole range of key services for everyone in Wrexham County Borough – things like education, social services, highways maintenance, planning and housing. Every time your recycling is emptied; you walk, cycle or drive on a local road; or you go to school you are using a Council service.
intro-council-councillors = The Council is made up of 52 Councillors who are elected every five years in local elections by you as voters. Councillors decide how the Council is run and what it will do. Most of their meetings are public, so you can go along and watch or read the records of meetings on the Council website.

intro-plan = What is the Council Plan?
intro-plan-themes = The Council Plan explains what Wrexham County Borough Council is committed to do to make the whole county a better place for people to live, work, learn and play in. It sets targets for how much improvement the Council aims to make in four key themes: Economy, People, Place and Organisation. Within each of these four key themes, there is a total of 14 well-being objectives. Alongside this the Council Plan (2019-2022), identified a clearer vision for each of our well-being themes and developed a smaller, more focused set of in-year priorities, in line with our wellbeing objectives, with clear activities that were the main focus of our work for 2019/20.
intro-plan-website = The full plan is available on Wrexham Council's website.

intro-report = What is this?
intro-report-annual = Every year we produce an annual report on our performance against the Council Plan called 'Focused on Our Performance'. This is our report back to you about whether we have done what we said we would do, and if we've met our targets. The report covers the time period of April 2019 to March 2020.
intro-report-judgement = The full report sets out an overall judgement and narrative of progress against each of the 6 in-year priority outcomes and the 14 well-being outcomes. The judgement is based on a traffic light system of three ratings: Green, Amber and Red.
intro-report-short-version = What you're reading now is a short and readable version of the full report. If you'd like more information on any of the areas in this booklet - or if you're just really keen on this kind of thing - search for 'Focused on Our Performance' on our website.
intro-report-guide = The performance summary gives a snapshot of the performance rating for all the in-year priorities and well-being objectives. The sections on the four well-being themes give an overview of our highlights.

## In-year priorities

priority-economy = Developing the economy
priority-safety = Ensuring everyone is safe
priority-council = Ensuring a modern and resilient Council
priority-education = Improving secondary education
priority-environment = Improving the environment
priority-health = Promoting good health and well-being

## Well-being objectives

objective-e1 = People want to live, work, learn, visit and invest here
objective-e2 = Businesses can locate and grow here
objective-e3 = Tackling poverty
objective-pe1 = All people have positive aspirations, learn and achieve their potential
objective-pe2 = Supporting people to live active, independent lives within their community
objective-pe3 = Safeguarding those who are vulnerable
objective-pe4 = People are safe and feel included
objective-pe5 = Enabling access to leisure and cultural activities
objective-pl1 = Homes that meet people's needs and aspirations
objective-pl2 = An environmentally responsible place
objective-pl3 = Communities with sustainable, attractive settlements, neighbourhoods, buildings and spaces
objective-pl4 = Well-connected communities
objective-o1 = Continue to modernise services
objective-o2 = Supporting a resilient Council

## Economy

economy = Economy
    .summary = This is about jobs and money
economy-aim-live-work-invest = Encourage people to live, work, learn, visit and invest here.
economy-aim-businesses = Support businesses to locate and grow here.
economy-aim-poverty = Help tackle poverty in Wrexham County Borough.
economy-action-frontage-grant = Secured a £1.5 million grant to help commercial building occupiers and owners to enhance building frontage, improve the quality of the signage and bring vacant floor space back into beneficial business use.
economy-action-town-centre = Invested £5,549,669 into the physical regeneration of the town centre.
economy-action-techniquest = Worked with our partners to secure a grant of £750,000 to facilitate the relocation of Techniquest (now rebranded as Explore!) into the town centre.
economy-action-business-school = Held a Pop-up business school event aimed at supplying individuals with information and guidance on how to set up a new business.
economy-action-digital-officer = Established a new post within the Council, for a Digital Officer to support the improvement of digital connectivity.
economy-action-resilience-grants = Made 91 grants available to businesses, each worth £2,500, via the Economic Resilience Fund.
economy-action-communities-for-work = Continued to provide essential support to our communities in helping individuals secure employment through our dedicated team at 'Communities for Work' and 'Communities for Work Plus'.
economy-action-fair-work = Promoted projects such as apprenticeships, community benefits, the employers pledge and improved salaries for the most poorly paid.
economy-impact-footfall = Footfall in the town centre has greatly improved during 2019/20.
economy-impact-visitor-spend = The value of visitor spend in 2019/20 increased to £125 million.
economy-impact-vacancy-rate = Town centre vacancy rate for all retail properties and Council owned retail properties improved from 2018/19.
economy-impact-businesses = In 2019/20 there was an increase in the number of recorded businesses to 12,450.
economy-impact-jobs = 383 jobs were created in 2019/20 where the Council was directly involved.
economy-impact-workless-households = The number of households where no one works is lower in Wrexham than the Welsh national average for the second consecutive year.
economy-impact-economically-active = The percentage of economically active households is higher than the Welsh average.

## People

people = People
    .summary = This is about learning, being safe, being healthy
people-aim-aspirations = Support all people to have positive aspirations, learn and achieve their potential.
people-aim-independent-lives = Support people to live active, independent lives within their community.
people-aim-safeguarding = Safeguard those who are vulnerable.
people-aim-safe-included = Work with our partners to make Wrexham a safe place where people feel included.
people-action-learner-wellbeing = Ensured that the safety, mental, emotional and physical wellbeing of our learners, particularly vulnerable learners, continues to be our priority in planning.
people-action-school-relationships = Built strong and positive relationships between the local authority, schools and the regional school improvement service.
people-action-occupational-therapists = Increased the number of short term Occupational Therapists to increase the availability of advice, information and assistance to help promote independence.
people-action-childrens-rights = Began the pilot of a 'Children's Rights' approach to Children's Social Care.
people-action-met-panel = Formed the Missing-Exploited-Trafficked (MET) Operational Panel that supports children and young people who are vulnerable due to missing-from-home episodes.
people-action-it-system = In November 2019, we moved across to the new joint health and social care IT system.
people-action-public-spaces-order = Addressed anti-social behaviour by reintroducing the Wrexham Town Public Spaces Protection Order.
people-action-alcohol-treatment-centre = Secured funding to continue the Wrexham Alcohol Treatment Centre (Hafan Y Dref) for 2020/21.
people-impact-key-stage-3 = Attainment at Key Stage 3 was above the Wales average for the first time in the Core Subject Indicator.
people-impact-welsh-medium = The supply of Welsh medium education places exceeded demand at each intake of nursery, reception and secondary pupils.
people-impact-disabled-facilities-grant = The average number of calendar days to deliver a disabled facilities grant improved in 2019/20 to 186 days from 206 days in 2018/19.
people-impact-victim-crime = A reduction in victim based crimes in Wrexham compared to 2018/19.
people-impact-feeling-safe = An improvement in the percentage of people feeling safe in their local area to 80% from 72% in 2018/19.
people-impact-alcohol-treatment-centre = 4000 individuals supported through the Wrexham Alcohol Treatment Centre, on a night out in the town centre, during the past year.

## Place

place = Place
    .summary = This is about your neighbourhood and your home
place-aim-leisure-culture = Enable access to leisure and cultural activities.
place-aim-homes-regeneration = Promote good quality homes and regeneration.
place-aim-environment = Create an environmentally responsible place.
place-aim-sustainable-communities = Establish communities with sustainable, attractive settlements, neighbourhoods, buildings and spaces.
place-aim-connected-communities = Form well-connected communities.
place-action-ty-pawb = Continued to develop Ty Pawb as an arts, culture and well-being hub including hosting the Print International Exhibition in November 2019.
place-action-colliers-park = Supported the official opening ceremony for Colliers Park, which took place in September 2019, creating a new National Football Development Centre.
place-action-housing-funding = Secured funding to the value of £3,455,000 through the Planned Development Programme providing approval for the provision of 97 new units of Housing Association accommodation.
place-action-construction-research = Successfully secured funding of £65,000 from the Foundational Economy Challenge Fund, to undertake a research project surrounding the local Modern Methods of Construction.
place-action-street-lights = Delivered on the replacement of existing street lights with new energy efficient lighting technologies, in an effort to reduce the impacts of rising energy costs.
place-action-local-development-plan = Developed the Local Development Plan, which is a land development strategy.
place-action-conservation-areas = Approved 100% of applications which were in line with Conservation Area Guidance to support preserving or enhancing conservation areas.
place-impact-volunteering = The overall number of volunteering hours has increased from 2018/19.
place-impact-volunteer-hours = This included an increase of 4,818 volunteer hours supporting sports development and 2,908 hours supporting parks and country parks.
place-impact-housing-quality = An increase in the number of properties meeting elements of the Welsh Housing Quality Standard from 2018/19, ensuring that households live in good quality homes.
place-impact-council-properties = A total of 26 former Council properties were brought back into Council stock.
place-impact-recycling = Exceeded the Welsh Government's statutory target of reusing, recycling or composting by 5.66%.
place-impact-fly-tipping = Improved the average number of working days to clear fly-tipping incidents to 2.82 days from 3.95 days in 2018/19.
place-impact-roads = Increased the percentage of 'A' roads and 'B' roads in good condition since 2018/19.

## Organisation

organisation = Organisation
    .summary = This is about 'Your Council'
organisation-aim-modernise = Continue to modernise our services.
organisation-aim-resilient = Support a resilient Council.
organisation-action-ict = Made progress towards modernising the Council ICT services that support the delivery of digital services to our customers and employees.
organisation-action-website = Launched our new website live in a BETA (development) version enabling us to gauge customer feedback and satisfaction levels.
organisation-action-my-account = Created a dedicated 'My Account' page, providing an easily accessible online platform for customers to self-serve and keep track of any requests they make with Wrexham Council.
organisation-action-digital-forms = Improved and developed new digital forms that allow customers quicker access to communicate high volume enquiries to the Council and feedback.
organisation-action-health-safety = Developed a new approach to Health & Safety training, providing a range of courses appropriate to roles and Health & Safety responsibilities.
organisation-action-recruitment = Launched a new on-line recruitment module, enabling an improved application experience for candidates.
organisation-action-coaching = Updated our coaching framework to support managers in their role and develop their leadership skills, provided to over 25 individual staff members.
organisation-action-internal-communication = Developed internal communication within the Council including workshops with the Chief Executive and a relaunch of a new style of the employee bulletin.
organisation-action-leadership = Delivered our Leadership Programme, which aims to build resilience and capability in leaders; who will be better placed to respond to and drive change, deliver improvement and engage employees.
organisation-impact-digital-satisfaction = 82% of customers are satisfied with completing digital transactions via the 'My Account' forms on the Council website, giving the facility a rating of either 4 or 5 stars.
organisation-impact-digital-requests = The percentage of interactions received via digital channel improved in 2019/20 to 40,883 service requests received via the digital platform.
organisation-impact-digital-services = We now have 76 different services available to customers via the digital platform.
organisation-impact-self-service = 66% is the percentage of service requests received by customers self-serving compared to those being dealt with by telephone.
organisation-impact-staff-development = For the second consecutive year, 52% of employees feel they have the opportunity to develop and improve their potential.
organisation-impact-communications = We also saw an improvement to 55% of staff agreeing with the statement that 'communications are good in my department'.

## Our Council Principles

principle-long-term = How can we balance today's demands with our ability to meet Wrexham's long term needs?
principle-prevention = What can we do to prevent problems occurring or stop them getting worse?
principle-involvement = How can we work with local people and communities to shape services?
principle-council-departments = What can we do to actively work with other Council Departments?
principle-partnerships = How can we make sure our partnerships work?
principle-welsh-language = Are information and services equally available in English and Welsh?
principle-vulnerable-people = How can we identify and prioritise the most vulnerable people in our communities?
