## Roczna samoocena 2024/25 (przykład zmyślony): słowa raportu po polsku. Każdy
## identyfikator wiadomości jest podany w report.yaml. Wartość wiadomości to pełne
## brzmienie; atrybut .easy to wersja łatwa do czytania. Rada, jej ludzie i jej
## liczby są zmyślone. To tłumaczenie jest wersją roboczą do sprawdzenia przez
## tłumacza (zob. README.md). Liczby zapisujemy bez spacji (1860, 3400), bo
## program porównuje je z liczbami w wersji angielskiej.

report-title = Roczna samoocena
report-subtitle = 2024/25
council-name = Rada Hrabstwa Morlan
report-period = kwiecień 2024 – marzec 2025

## Wprowadzenie

intro-about = O tej samoocenie
    .easy = Czym jest ten raport?
intro-about-duty = Każda rada w Walii musi co roku sprawdzić, jak dobrze wykonuje swoje zadania: jak wykorzystuje pieniądze, pracowników, budynki i grunty oraz jak dobrze jest zarządzana. Ten raport to samoocena Rady Hrabstwa Morlan za okres od kwietnia 2024 do marca 2025.
    .easy = Każda rada w Walii musi sprawdzać, jak dobrze pracuje. Takie sprawdzanie to samoocena. Ten raport dotyczy okresu od kwietnia 2024 do marca 2025.
intro-about-evidence = Przeanalizowaliśmy dane ze wszystkich służb, zapytaliśmy 1860 mieszkańców, pracowników i partnerów o zdanie, a nasze wnioski omówiliśmy z Komisją ds. Zarządzania i Audytu (Governance and Audit Committee), zanim zatwierdził je Gabinet.
    .easy = Sprawdziliśmy pracę każdego zespołu. Zapytaliśmy 1860 osób, co myślą.
intro-about-ratings = Każdy podtemat oceniamy na dwa sposoby: jak dobre były nasze wyniki (Doskonała, Dobra, Dostateczna lub Słaba) oraz na ile utrwalony jest nasz sposób pracy (Skuteczne działanie, Utrwalanie, Rozwijanie lub Początek).
    .easy = Każdej części naszej pracy dajemy 2 oceny. Pierwsza mówi, jak dobrze nam poszło. Druga mówi, czy nasz sposób pracy jest już stały.
intro-about-languages = Publikujemy ten raport po walijsku, po angielsku i po polsku. Po angielskim i walijskim polski jest w Morlan najczęstszym językiem ojczystym.
    .easy = Możesz przeczytać ten raport po walijsku, po angielsku i po polsku.

## Skale: nazwa każdego poziomu, jego znaczenie według rady i znaczenie w prostych słowach

performance = Ocena wyników
performance-excellent = Doskonała
    .meaning = Wyniki są bardzo dobre, a inni mogliby uczyć się z naszego sposobu pracy.
    .easy = Idzie nam bardzo dobrze. Inni mogą się od nas uczyć.
performance-good = Dobra
    .meaning = Wyniki są dobre, ale kilka obszarów wymaga poprawy.
    .easy = Idzie nam dobrze. Kilka rzeczy może być lepszych.
performance-fair = Dostateczna
    .meaning = Wyniki są mieszane: mamy mocne strony, ale ważne obszary wymagają poprawy.
    .easy = Niektóre rzeczy idą dobrze. Ważne rzeczy muszą się poprawić.
performance-poor = Słaba
    .meaning = Wyniki są słabe i pilnie wymagają poprawy.
    .easy = Nie idzie nam dobrze. To musi się szybko poprawić.

phase = Etap rozwoju
phase-effective = Skuteczne działanie
    .meaning = Nasz sposób pracy jest dobrze utrwalony w całej radzie i przynosi wyraźne efekty.
    .easy = To działa dobrze w całej radzie.
phase-embedding = Utrwalanie
    .meaning = Nasz sposób pracy już funkcjonuje i staje się częścią codziennej pracy.
    .easy = To staje się częścią naszej codziennej pracy.
phase-evolving = Rozwijanie
    .meaning = Rozwijamy i testujemy nasz sposób pracy, który nie wszędzie wygląda jeszcze tak samo.
    .easy = Wciąż to budujemy i sprawdzamy.
phase-emerging = Początek
    .meaning = Nasz sposób pracy jest na wczesnym etapie: dopiero zaczęliśmy.
    .easy = Dopiero zaczęliśmy.

## Podtematy i ich oceny

ratings-heading = Jak się oceniliśmy
    .easy = Nasze oceny
    .caption = Jak poszła każda część naszej pracy i na ile jest już stała
    .column = Podtemat
subtheme-priorities = Ustalanie jasnych priorytetów
    .easy = Decydowanie, co jest najważniejsze
subtheme-data = Wykorzystanie danych do poprawy usług
    .easy = Korzystanie z faktów i liczb, żeby usługi były lepsze
subtheme-finance = Planowanie finansowe
    .easy = Planowanie, na co wydajemy pieniądze
subtheme-buildings = Zarządzanie budynkami i gruntami
    .easy = Dbanie o nasze budynki i ziemię
subtheme-buying = Zakup towarów i usług
    .easy = Jak kupujemy różne rzeczy
subtheme-recruitment = Rekrutacja i zatrzymywanie pracowników
    .easy = Znajdowanie pracowników i zatrzymywanie ich
subtheme-welsh = Znajomość języka walijskiego wśród pracowników
    .easy = Pracownicy, którzy mówią po walijsku
subtheme-involving = Angażowanie mieszkańców
    .easy = Pytanie ludzi, co myślą
subtheme-partners = Współpraca z partnerami
    .easy = Współpraca z innymi grupami
subtheme-risk = Zarządzanie ryzykiem
    .easy = Ryzyko: jak je znajdujemy i co z nim robimy
subtheme-decisions = Jawne podejmowanie decyzji
    .easy = Podejmowanie decyzji tak, żeby każdy mógł je zobaczyć

## SA1 Planowanie i wyniki

planning = Planowanie i wyniki
    .summary = jak ustalamy priorytety i sprawdzamy postępy
    .easy = jak planujemy pracę i sprawdzamy, jak nam idzie
planning-went-well = Co poszło dobrze
planning-to-improve = Co poprawimy
planning-well-plan = Przyjęliśmy nowy Plan Rady na lata 2025–2030. Zawiera on 4 cele dobrostanu, które współtworzyło 1120 mieszkańców, mówiąc nam, co jest dla nich ważne.
    .easy = Napisaliśmy nowy plan na lata 2025–2030. 1120 osób powiedziało nam, co jest dla nich ważne.
planning-well-dashboard = Każda służba co kwartał publikuje teraz swoje wyniki na jednym wspólnym pulpicie danych, który mogą oglądać radni i mieszkańcy.
    .easy = Każdy zespół co 3 miesiące pokazuje swoje wyniki na jednej stronie internetowej. Radni i mieszkańcy mogą ją oglądać.
planning-improve-data = Niektóre służby wciąż zapisują dane na papierze, więc ich przekazanie może trwać nawet 6 tygodni. Do marca 2026 przeniesiemy wszystkie służby do wspólnego systemu.
    .easy = Niektóre zespoły wciąż zapisują wyniki na papierze. Do marca 2026 wszystkie będą używać komputerów.

## SA2 Pieniądze i zasoby

resources = Pieniądze i zasoby
    .summary = jak planujemy budżet i dbamy o budynki, grunty i umowy
    .easy = jak dbamy o pieniądze, budynki i ziemię
resources-went-well = Co poszło dobrze
resources-to-improve = Co poprawimy
resources-well-budget = Przyjęliśmy zrównoważony budżet na rok 2025/26 i zamknęliśmy lukę finansową w wysokości 10 mln funtów, nie zamykając żadnej biblioteki, centrum rekreacji ani ośrodka wsparcia dziennego.
    .easy = Zaplanowaliśmy wydatki na przyszły rok. Nie zamknęliśmy żadnej biblioteki ani centrum sportu.
resources-well-solar = Dzięki panelom słonecznym 14 budynków rady pobiera z sieci o jedną trzecią mniej energii elektrycznej.
    .easy = Na 14 budynkach rady są teraz panele słoneczne. Te budynki kupują mniej prądu.
resources-improve-buildings = Tylko 62% naszych budynków ma aktualną ocenę stanu technicznego. Pozostałe sprawdzimy do grudnia 2025.
    .easy = Nie sprawdziliśmy jeszcze stanu wszystkich naszych budynków. Resztę sprawdzimy do grudnia 2025.
resources-improve-local-spend = Lokalne firmy otrzymały 38% naszych wydatków na towary i usługi, mniej niż zakładane 45%. Uprościmy nasze umowy, aby małe lokalne firmy mogły łatwiej ubiegać się o zamówienia.
    .easy = Chcemy kupować więcej od lokalnych firm. Ułatwimy im pracę dla nas.

## SA3 Nasi pracownicy

workforce = Nasi pracownicy
    .summary = jak rekrutujemy, zatrzymujemy i rozwijamy pracowników
    .easy = jak znajdujemy dobrych pracowników i jak ich zatrzymujemy
workforce-went-well = Co poszło dobrze
workforce-to-improve = Co poprawimy
workforce-well-apprentices = Przyjęliśmy 27 praktykantów w opiece społecznej, utrzymaniu dróg i informatyce – najwięcej w ciągu jednego roku w naszej historii.
    .easy = 27 osób zaczęło u nas pracę, podczas której uczą się zawodu.
workforce-well-welsh = 41% naszych pracowników zna teraz co najmniej podstawy języka walijskiego, wobec 33% rok temu.
    .easy = 4 na 10 naszych pracowników mówi teraz trochę po walijsku. To więcej niż w zeszłym roku.
workforce-improve-care = Trudno jest zatrudnić opiekunów: w marcu 2025 nieobsadzone było 1 na 6 stanowisk w opiece domowej. Będziemy płacić opiekunom co najmniej Real Living Wage, czyli dobrowolną stawkę godziwej płacy, i oferować płatne szkolenie od pierwszego dnia pracy.
    .easy = Brakuje nam opiekunów. Będziemy im płacić więcej i szkolić ich od pierwszego dnia.

## SA4 Współpraca z mieszkańcami i partnerami

residents = Współpraca z mieszkańcami i partnerami
    .summary = jak angażujemy mieszkańców i współpracujemy z innymi organizacjami
    .easy = jak słuchamy ludzi i współpracujemy z innymi grupami
residents-went-well = Co poszło dobrze
residents-to-improve = Co poprawimy
residents-well-panel = Nasz nowy Panel Mieszkańców liczy 640 członków, w tym 55 osób mówiących po polsku. W tym roku pomógł nam w podjęciu 9 decyzji.
    .easy = 640 osób dołączyło do naszej nowej grupy, żeby mówić nam, co myślą. Pomogli nam podjąć 9 decyzji.
residents-well-hubs = Razem z lokalnym zarządem służby zdrowia (health board) i 3 stowarzyszeniami mieszkaniowymi otworzyliśmy 4 centra społeczne, w których można w jednym miejscu uzyskać poradę w sprawie pieniędzy, mieszkania i zdrowia.
    .easy = Otworzyliśmy 4 miejsca, w których możesz dostać pomoc w sprawie pieniędzy, mieszkania i zdrowia.
residents-impact-complaints = Na 86% skarg odpowiedzieliśmy w ciągu 20 dni roboczych, wobec 71% rok wcześniej.
    .easy = Na więcej skarg odpowiedzieliśmy w terminie niż rok wcześniej.
residents-improve-young-people = W naszych konsultacjach bierze udział niewielu młodych ludzi. Pójdziemy do szkół, szkół zawodowych i klubów młodzieżowych, żeby poznać ich zdanie.
    .easy = Niewielu młodych ludzi mówi nam, co myśli. Zapytamy ich w szkołach i klubach młodzieżowych.

## SA5 Dobre decyzje i zarządzanie ryzykiem

governance = Dobre decyzje i zarządzanie ryzykiem
    .summary = jak zarządzamy ryzykiem i jawnie podejmujemy decyzje
    .easy = jak podejmujemy decyzje i radzimy sobie z ryzykiem
governance-went-well = Co poszło dobrze
governance-to-improve = Co poprawimy
governance-well-audit = Audit Wales, niezależny urząd kontroli, uznał, że nasza Komisja ds. Zarządzania i Audytu działa skutecznie. Nasze sprawozdania finansowe drugi rok z rzędu zatwierdzono w terminie.
    .easy = Audit Wales sprawdza pracę rad. Według Audit Wales nasze własne kontrole działają dobrze.
governance-well-webcasting = Wszystkie posiedzenia rady i Gabinetu są teraz transmitowane na żywo w internecie po walijsku i po angielsku, a nagrania obejrzano 3400 razy.
    .easy = Teraz możesz oglądać na żywo w internecie wszystkie posiedzenia rady. Obejrzano je 3400 razy.
governance-improve-risk = Nie wszystkie służby korzystają z rejestru ryzyka w ten sam sposób. Do września 2025 przeszkolimy wszystkich kierowników z zarządzania ryzykiem.
    .easy = Nie każdy zespół radzi sobie z ryzykiem w ten sam sposób. Do września 2025 przeszkolimy wszystkich kierowników.

## Cytaty i przykłady

quotes-heading = Własnymi słowami
    .easy = Co ludzie nam powiedzieli
quote-hub = Przyszłam do centrum w sprawie czynszu, a wyszłam z pomocą w opłaceniu rachunków za ogrzewanie i z wizytą u pielęgniarki. Jedna wizyta rozwiązała trzy problemy.
    .easy = Przyszłam do centrum w sprawie czynszu. Dostałam pomoc z rachunkami. Byłam też u pielęgniarki.
    .source = Mieszkanka odwiedzająca centrum społeczne w Bryn Morlan
quote-apprentice = Nigdy nie myślałam, że dostanę pracę zaraz po szkole. Teraz zarabiam, uczę się i dbam o drogi, przy których dorastałam.
    .easy = Dostałam pracę zaraz po szkole. Zarabiam i uczę się w tym samym czasie.
    .source = Ffion, praktykantka w zespole drogowym (tłumaczenie z języka walijskiego)
quote-panel = Po raz pierwszy rada zapytała polskie rodziny, co myślimy, i zapytała nas w naszym własnym języku.
    .easy = Rada zapytała polskie rodziny, co myślimy. Zapytała nas po polsku.
    .source = Jadwiga, członkini Panelu Mieszkańców

## Obrazki: tekst alternatywny każdego obrazka, czyli co on tutaj znaczy

picture-performance-excellent = Kciuk w górę: ocena doskonała
picture-performance-good = Zielone kółko: ocena dobra
picture-performance-fair = Pomarańczowe kółko: ocena dostateczna
picture-performance-poor = Czerwone kółko: ocena słaba
picture-phase-effective = Uścisk dłoni: dobra współpraca
picture-phase-embedding = Kalendarz: część codziennej pracy
picture-phase-evolving = Budowa: to wciąż powstaje
picture-phase-emerging = Żarówka: nowy pomysł
picture-report = Wykres: jak nam poszło
picture-council = Rada Hrabstwa Morlan
picture-having-your-say = Wyrażanie swojego zdania
picture-traffic-lights = Sygnalizacja świetlna: oceny
picture-languages = Czytanie we własnym języku
picture-plan = Plan
picture-computer = Komputer
picture-money = Pieniądze
picture-environment = Drzewo: lepiej dla środowiska
picture-town = Budynki rady
picture-shop = Lokalne firmy
picture-job = Pracownicy w pracy
picture-training = Nauka w pracy
picture-welsh = Język walijski
picture-health-worker = Opiekunka lub opiekun
picture-people = Ludzie razem
picture-help = Pomoc i porady
picture-complaints = Formularz skargi
picture-accounts = Sprawdzone sprawozdania finansowe
picture-children = Młodzi ludzie
picture-online = Oglądanie posiedzeń w internecie
picture-safety = Radzenie sobie z ryzykiem
picture-roads = Drogi
picture-vote = Radni wybrani przez wyborców

## Trudne słowa: każde słowo tak, jak występuje w wersji łatwej do czytania, i jego wyjaśnienie

hard-word-self-assessment = samoocena
    .explanation = Sprawdzanie przez radę, jak dobrze pracuje. Potem rada mówi, co zrobi lepiej.
hard-word-councillor = radny
    .explanation = Osoba, na którą głosujesz w wyborach. Radni decydują, co robi rada.
hard-word-solar-panels = panele słoneczne
    .explanation = Panele na dachu, które robią prąd ze światła słońca.
hard-word-risks = ryzyko
    .explanation = Coś, co może pójść źle.

## Jak skontaktować się z radą (dane zmyślone); adres pocztowy jak w wersji angielskiej

council-address =
    County Hall
    Castle Street
    Morlan
    MO1 2SA

## Informacje o obrazkach

credit-openmoji = Ilustracje: OpenMoji (openmoji.org), otwartoźródłowy projekt emoji i ikon, licencja CC BY-SA 4.0.
