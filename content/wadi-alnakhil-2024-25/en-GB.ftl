# Wadi Al-Nakhil Town Council, annual report 2024 to 2025, in English.
# An invented example: the council, its services and every figure are made up.

report-title = Our year
report-subtitle = Annual report 2024 to 2025
council-name = Wadi Al-Nakhil Town Council
report-period = April 2024 to March 2025

about = About this report
about-report = This report says what we promised for 2024 to 2025 and what we did. Each promise has a code, such as E1.
    .easy = This report tells you what we said we would do.
about-money = The town's parks, library and market had 5,549,669 visits this year.
    .easy = Many people came to the parks, the library and the market.

progress = Progress
progress-done = Done
    .meaning = We did what we promised.
    .easy = We did it.
progress-started = Started
    .meaning = We have started, and there is more to do.
    .easy = We have started.
progress-not-started = Not started
    .meaning = We have not started yet.
    .easy = We will start later.

promises = Our promises
    .caption = Our promises and how far we got
    .column = Promise
promise-parks = Open two new parks
    .easy = Open 2 new parks.
promise-buses = Run buses on Fridays
    .easy = Run buses on Fridays.
promise-library = Open the library in the evening
    .easy = Open the library in the evening.

measures = How we measure our work
    .caption = How we measure our work: last year, this year, target, progress and trend
    .previous = 2023 to 2024
    .current = 2024 to 2025
measure-visitors = Visits to parks, the library and the market
    .easy = Visits to parks, the library and the market
measure-recycling = Household waste recycled
    .easy = Rubbish that was recycled

picture-done = Thumbs up: done
picture-started = Orange circle: started
picture-not-started = Calendar: starts later
picture-report = A chart of how well we are doing
picture-calendar = Months of the year
picture-money = Money
picture-environment = Trees and green spaces
picture-talking = Talking to the council
picture-online = Using the council's website

credit-openmoji = Pictures: OpenMoji (openmoji.org), the open-source emoji and icon project, licence CC BY-SA 4.0.
