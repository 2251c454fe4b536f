# Ketenkompas — teksten van de rapporten (Nederlands). Dezelfde sleutels als en.ftl.

## Algemeen
word-yes = ja
word-no = nee
cell-empty = –
contents = Inhoud
footer = Pagina { $page } van { $pages }
status-overdue = { $what }, over tijd

## Omslag en koppen
yearly-title = Jaarverslag gepaste zorgvuldigheid
cover-year = verslagjaar { $year }
cover-kvk = KvK-nummer { $kvk }
cover-made = Gemaakt op { $date } uit het dossier zoals het toen was.
cover-closed = Het jaar is afgesloten op { $date }. Dit verslag komt uit de inhoud die toen is vastgelegd.
cover-method = Opgebouwd volgens de zes stappen van gepaste zorgvuldigheid uit de OESO-richtlijnen voor multinationale ondernemingen.
header-yearly = { $company } · Jaarverslag gepaste zorgvuldigheid { $year }
header-plan = { $company } · Actieplan { $year }
header-public = { $company } · Verantwoording over onze keten { $year }
plan-exit = Verantwoord vertrekken bij “{ $what }”: de vragen die het bedrijf beantwoordt voordat de relatie eindigt.
plan-exit-open = (nog open)
plan-escalation = Volgens de laatste voortgang werkt deze maatregel niet (voldoende): { $what }. Tijd voor een volgende stap; de eerste die past, staat bovenaan:
plan-escalation-own = Het is de eigen maatregel van het bedrijf: die moet anders, zodat de eigen bijdrage aan de schade echt stopt.
plan-heading = Actieplan { $year } van { $company }
public-heading = Hoe { $company } in { $year } werkte aan een verantwoorde keten

## Hoofdstukken van het jaarverslag
ch-glance = Het jaar in één oogopslag
ch-about = Over dit verslag
ch-step1 = Stap 1 · Beleid en verankering
ch-step2 = Stap 2 · Risico's in kaart en op volgorde
ch-step3 = Stap 3 · Maatregelen
ch-step4 = Stap 4 · Voortgang en resultaat
ch-step5 = Stap 5 · Communicatie
ch-step6 = Stap 6 · Herstel
ch-review = Dilemma's en wat niet werkte
ch-next = Plannen voor volgend jaar
annex-method = Bijlage A · Werkwijze
annex-sources = Bijlage B · Gebruikte bronnen
annex-frameworks = Bijlage C · Verwijzing naar rapportagekaders

## Over dit verslag
about-sectors = Sector: { $what }
about-employees = Medewerkers: { $employees }
about-size = Omvang: { $size }
about-countries = Eigen vestigingen in: { $what }
about-initiatives = Neemt deel aan: { $what }
about-approach-title = Aanpak
about-approach = Dit verslag beschrijft wat het bedrijf in { $year } deed om schade aan mensen en milieu in zijn keten te vinden, te voorkomen en te beperken. Elk hoofdstuk volgt een stap van de cyclus. Waar niets is vastgelegd, staat dat er gewoon bij.
about-figures = Het jaar in cijfers
fig-suppliers = Actieve leveranciers
fig-risks = Vastgelegde risico's
fig-prioritised = Risico's die worden aangepakt
fig-actions = Maatregelen
fig-done = Afgeronde maatregelen
fig-kpis = Gemeten doelen (KPI's)

## Stap 1
step1-intro = Gepaste zorgvuldigheid begint met een beleid dat de leiding draagt en dat in het bedrijf een plek heeft: wie doet wat, met welk budget, en hoe weten medewerkers en leveranciers ervan.
step1-policy = Beleid
step1-roles = Rollen in het bedrijf
step1-roles-none = Er zijn geen rollen of verantwoordelijken per afdeling vastgelegd.
step1-roles-not-applicable = Niet van toepassing op ons bedrijf: { $list }.
step1-communication = Communicatie en training in dit jaar
step1-communication-none = In dit jaar is geen communicatie of training over het beleid vastgelegd.
step1-coc = Van de { $total } actieve leveranciers hebben er { $done } de gedragscode ondertekend; bij { $count } is hij verstuurd maar nog niet getekend.
step1-means = Tijd, geld en kennis
step1-means-none = Er is niet vastgelegd hoeveel tijd, geld en kennis voor dit werk beschikbaar is.
means-budget = Budget per jaar: { $budget }
means-hours = Uren per jaar: { $count }
means-commitment = Toezegging van de leiding: { $what }
means-skills = Kennis en vaardigheden: { $what }
policy-none = Er is nog geen beleid vastgelegd.
policy-version = Geldende versie: { $name }, vastgesteld op { $date }.
policy-approved-by = Vastgesteld door { $name }.
policy-published = Gepubliceerd: { $what } ({ $date }).
policy-not-published = Het beleid is niet openbaar gemaakt.
policy-next-review = Volgende herziening gepland op { $date }.
policy-elements = Het beleid behandelt { $count } van de { $total } onderdelen die de richtlijnen van een goed beleid verwachten:
policy-themes = Thema's die het beleid noemt: { $what }.
policy-no-themes = Het beleid noemt geen thema's.

## Stap 2
step2-intro = Het bedrijf brengt zijn ketens in kaart, zoekt waar mensen en milieu schade kunnen lijden, en bepaalt welke risico's eerst aan de beurt zijn: de ernstigste en meest waarschijnlijke gaan voor.
step2-chains = Ketens
step2-risks = Risico's en hun volgorde
chains-none = Er zijn nog geen ketens in kaart gebracht.
chains-aggregate = Het bedrijf bracht { $count } ketens in kaart, met schakels in { $n } landen.
chains-unknown-origin = { $count ->
        [one] Van 1 keten is de herkomst nog deels onbekend.
       *[other] Van { $count } ketens is de herkomst nog deels onbekend.
    }
origin-partly-unknown = herkomst deels onbekend
suppliers-none = Er zijn geen actieve leveranciers vastgelegd.
suppliers-summary = { $count } actieve leveranciers in { $n } landen, waarvan { $done } verder in de keten dan de directe leveranciers. De landen met de meeste leveranciers:
risks-none = Er zijn nog geen risico's vastgelegd.
risks-summary = Vastgelegd zijn { $total } risico's; { $count } daarvan zijn beoordeeld op ernst en waarschijnlijkheid en { $n } worden aangepakt. De kaart telt de beoordeelde risico's per combinatie van ernst en waarschijnlijkheid.
heat-severity = Ernst
heat-likelihood = Waarschijnlijkheid
risk-actual = { $name } (doet zich voor)
risks-why = Waarom deze volgorde
risks-why-intro = De methode zet de ernstigste gevolgen eerst en kijkt daarna naar de waarschijnlijkheid; zo volgt de tabel de kaart van de bovenste rij naar de onderste, en binnen een rij van rechts naar links. Bij elk aangepakt risico staat waarom het op zijn plaats staat.
risk-confirmed = bewust bevestigd, tegen de volgorde van de methode in
risks-deferred = Bewust uitgesteld
risk-deferred-why-until = { $name }: { $reason } (opnieuw bekijken op { $date })
risk-deferred-why = { $name }: { $reason }
risk-deferred-until = { $name } (opnieuw bekijken op { $date })
risks-unassessed = { $count ->
        [one] Nog niet beoordeeld: 1 risico. Het staat niet in de tabel.
       *[other] Nog niet beoordeeld: { $count } risico's. Zij staan niet in de tabel.
    }

## Stap 3
step3-intro = Voor elk risico dat wordt aangepakt legt het bedrijf maatregelen vast die passen bij zijn rol: stoppen wat het zelf veroorzaakt, zijn bijdrage beëindigen, en zijn invloed gebruiken waar de schade bij een ander ligt.
step3-plan = Het actieplan
step3-budget = Samen begroot voor de maatregelen: { $budget }.
step3-unplanned = Aangepakte risico's zonder maatregel
step3-practices = Eigen inkooppraktijken
step3-practices-none = Er is nog geen eigen inkooppraktijk getoetst.
step3-practices-summary = Bij { $count } leveranciers is de eigen inkooppraktijk nagelopen; { $done } goede praktijken worden al toegepast.
actions-none = Er zijn nog geen maatregelen vastgelegd.
actions-summary = In totaal { $total } maatregelen, waarvan { $done } afgerond en { $count } over tijd.

## Stap 4
step4-intro = Het bedrijf volgt of de maatregelen werken: met meetbare doelen, met voortgang per maatregel en met audits en bezoeken.
step4-kpis = Doelen en metingen
step4-results = Werken de maatregelen?
step4-surveys = Vragenlijsten van leveranciers
public-surveys = Wat leveranciers zelf vertelden
surveys-none = In dit jaar is geen vragenronde onder leveranciers gehouden.
surveys-summary = { $count ->
        [one] Het bedrijf vroeg 1 leverancier een vragenlijst in te vullen
       *[other] Het bedrijf vroeg { $count } leveranciers een vragenlijst in te vullen
    }; { $done } kwamen ingevuld terug{ $n ->
        [0] .
       *[other] , { $n } bleven na de gevraagde datum uit.
    }
surveys-no-flags = Geen van de teruggestuurde vragenlijsten bevatte een rode vlag.
surveys-flags = { $count ->
        [one] In 1 teruggestuurde vragenlijst stond minstens één rode vlag:
       *[other] In { $count } teruggestuurde vragenlijsten stond minstens één rode vlag:
    }
surveys-flag-line = { $what }: { $count ->
        [one] 1 leverancier
       *[other] { $count } leveranciers
    }
surveys-area = { $what } (gemiddeld { $count }%)
surveys-weakest = De laagste gemiddelde scores: { $what }.
step4-audits = Audits en bezoeken in dit jaar
step4-audits-none = In dit jaar zijn geen audits of bezoeken vastgelegd.
step4-cap = Open verbeterpunten uit audits: { $count }; in dit jaar afgerond: { $done }.
step4-agreements = Zijn onze inkoopafspraken nagekomen?
step4-agreements-none = Dit jaar is bij geen leverancier nagegaan of wij onze eigen inkoopafspraken zijn nagekomen.
step4-agreements-summary = Bij { $count } leveranciers is nagegaan of wij op tijd betaalden, geen orders laat wijzigden en de gedragscode opvolgden. Bij { $done } is alles nagekomen; bij { $n } is minstens één afspraak niet nagekomen.
step4-agreements-trend = Vergeleken met de controle daarvoor ging het beter bij { $from } en slechter bij { $to }.
audit-score = score { $count } van 100
step4-context = Wat er in de landen en ketens gebeurde
step4-context-none = Er zijn geen gebeurtenissen in landen of ketens genoteerd.
kpis-none = Er zijn nog geen meetbare doelen vastgelegd.
kpi-not-measured = nog niet gemeten
kpi-target-line = streefwaarde { $value } { $unit }
kpi-chart = { $name } ({ $unit })
results-none = Van geen enkele maatregel is al beoordeeld of hij werkt.
result-line = { $name }: { $what } (bewijsstukken: { $count })

## Stap 5 en 6
step5-intro = Het bedrijf vertelt wat het doet en wat het tegenkomt, aan wie het raakt en aan wie het wil weten.
step5-external = { $count ->
        [one] In dit jaar is 1 extern communicatiemoment over het beleid vastgelegd.
       *[other] In dit jaar zijn { $count } externe communicatiemomenten over het beleid vastgelegd.
    }
step5-external-none = In dit jaar is geen externe communicatie vastgelegd.
step5-policy-public = Het beleid staat openbaar op: { $what }.
step6-intro = Waar het bedrijf schade veroorzaakte of eraan bijdroeg, hoort het bij te dragen aan herstel. Waar de schade alleen via een zakenpartner met het bedrijf verbonden is, gebruikt het zijn invloed.
step6-impact = { $name }: { $what } Maatregelen: { $count }.
step6-no-impacts = Er zijn geen schades vastgelegd die zich nu voordoen.
remedy-provide-full = het bedrijf veroorzaakt de schade en zorgt zelf voor volledig herstel.
remedy-share-of-remedy = het bedrijf draagt bij en neemt zijn deel van het herstel.
remedy-use-leverage = de schade hangt via een zakenpartner met het bedrijf samen; het bedrijf gebruikt zijn invloed.
remedy-unknown = de rol van het bedrijf is nog niet bepaald.

## Terugblik en vooruitblik
review-dilemmas = Dilemma's
review-dilemmas-none = Er zijn voor dit jaar geen dilemma's beschreven.
review-not-worked = Wat niet werkte
review-not-worked-none = Er is voor dit jaar niet beschreven wat niet werkte.
review-next-year-none = Er zijn voor volgend jaar nog geen plannen beschreven.
next-actions = Maatregelen die in { $year } af moeten of al over tijd zijn:
next-action = { $name } (uiterlijk { $date })

## Actieplan
plan-intro = Per risico dat wordt aangepakt, in volgorde van prioriteit: wat er gebeurt, wie het trekt, wat het kost en wanneer het klaar moet zijn.
plan-count = { $total } maatregelen, waarvan { $count } nog lopen of gepland staan.
plan-overdue = Over tijd: { $count }.
plan-budget = Totaal begroot: { $budget }.
plan-no-priorities = Er zijn nog geen risico's gekozen om aan te pakken.
plan-scores = ernst { $severity }, waarschijnlijkheid { $likelihood }
plan-risk-no-actions = Voor dit risico is nog geen maatregel vastgelegd.
plan-measure = Aanpak: { $what }
plan-goal = Doel: { $what }
plan-other = Maatregelen bij andere risico's

## Communicatieverslag
public-intro = In dit verslag leest u hoe { $company } in { $year } omging met de risico's voor mensen en milieu in zijn keten: wat we vonden, wat we deden, wat werkte en wat niet.
public-initiatives = { $company } neemt deel aan: { $what }.
public-policy = Ons beleid
public-chains = Onze ketens
public-risks = De risico's die we aanpakken, en waarom
public-measures = Wat we deden
public-results = Wat het opleverde
public-review = Dilemma's en wat niet werkte
public-grievances = Meldingen en klachten
public-next = Wat we volgend jaar doen
public-withheld = { $count ->
        [one] Om mensen te beschermen laat dit verslag één onderdeel weg dat als gevoelig is gemarkeerd.
       *[other] Om mensen te beschermen laat dit verslag { $count } onderdelen weg die als gevoelig zijn gemarkeerd.
    }

## Bijlagen
method-1 = Risico's worden beoordeeld op vier schalen van 1 tot 5: hoe groot de schade is, hoeveel mensen het raakt, hoe moeilijk de schade te herstellen is, en hoe waarschijnlijk ze is. De ernst is de hoogste van de eerste drie.
method-2 = De volgorde gaat eerst op ernst en pas daarna op waarschijnlijkheid, zoals de OESO-richtlijnen vragen. Een schade die zich al voordoet telt als zeker. Bij gelijke ernst beslist de som van de drie ernstschalen.
method-3 = Wie de berekende volgorde bewust wijzigt, legt de reden vast; die reden staat bij het risico.
method-4 = Landen- en productrisico's komen uit openbare bronnen (bijlage B). Ze wijzen op waar risico's te verwachten zijn; wat er bij een leverancier werkelijk gebeurt, blijkt pas uit onderzoek en gesprekken.
sources-intro = Ketenkompas gebruikt alleen openbare gegevens met een bekende uitgever. Bij elk cijfer hoort een bron en een jaar.
frameworks-intro = Deze tabel wijst per hoofdstuk aan op welke onderdelen van drie rapportagekaders het antwoord geeft: het UN Guiding Principles Reporting Framework, de vrijwillige standaard voor het mkb (VSME) en ESRS S2 over werknemers in de waardeketen.
frameworks-note = De verwijzing is een hulpmiddel, geen verklaring dat aan een kader is voldaan.

## Kolommen
col-element = Onderdeel
col-covered = Behandeld
col-chain = Keten
col-kind = Soort
col-result = Uitkomst
col-suppliers = Leveranciers
col-countries = Landen
col-mapped = In kaart
col-score = Ernst × kans
col-measures = Maatregelen
col-rank = Nr.
col-risk = Risico
col-theme = Thema
col-country = Land
col-sev-lik = Ernst / kans
col-decision = Besluit
col-action = Maatregel
col-owner = Trekker
col-budget = Budget
col-deadline = Uiterlijk
col-status = Stand
col-kpi = Doel
col-baseline = Start
col-latest = Laatste meting
col-target = Streefwaarde
col-department = Afdeling
col-role = Rol
col-responsible = Verantwoordelijk
col-date = Datum
col-audience = Voor
col-what = Wat
col-reached = Bereikt
col-auditor = Uitgevoerd door
col-dataset = Gegevens
col-publisher = Uitgever
col-year = Jaar
col-licence = Licentie
col-chapter = Hoofdstuk
col-ungp = UNGP Reporting Framework
col-vsme = VSME
col-esrs = ESRS S2

## Bestandsnamen
file-yearly = Jaarverslag gepaste zorgvuldigheid { $year } - { $company }
file-plan = Actieplan { $year } - { $company }
file-public = Communicatieverslag { $year } - { $company }
file-suppliers = Leveranciers - { $company }
file-grievances = Klachtenregister - { $company }
file-risks = Risicoregister - { $company }
file-actions = Maatregelen - { $company }
file-kpis = KPI-metingen - { $company }
file-chain = Ketens - { $company }
file-audits = Audits en bezoeken - { $company }
file-cap-items = Verbeterpunten - { $company }
file-certifications = Certificaten - { $company }
file-context = Contextlogboek - { $company }
file-communications = Communicatielogboek - { $company }
file-stakeholders = Belanghebbenden - { $company }
file-engagements = Gesprekken met belanghebbenden - { $company }
file-remedies = Herstel - { $company }
file-departments = Afdelingen - { $company }
file-policy-communications = Communicatie over het beleid - { $company }
file-updates = Voortgang van maatregelen - { $company }
file-sold-items = Verkochte producten - { $company }
file-practices = Inkooppraktijken - { $company }
file-policy-versions = Beleidsversies - { $company }
file-suggestion-answers = Beantwoorde risicosuggesties - { $company }

## Belanghebbenden
step5-engagement = Gesprekken met belanghebbenden
public-engagement = Met wie we spraken
engagement-none = In dit jaar zijn geen gesprekken met belanghebbenden vastgelegd.
engagement-summary = { $count ->
        [one] In dit jaar is 1 gesprek met een belanghebbende vastgelegd; bij { $done } staat wat het bedrijf met de inbreng deed.
       *[other] In dit jaar zijn { $count } gesprekken met belanghebbenden vastgelegd; bij { $done } daarvan staat wat het bedrijf met de inbreng deed.
    }
engagement-by-kind = Gesprekken per soort belanghebbende: { $what }.
engagement-open = nog niet opgevolgd
col-stakeholder = Belanghebbende
col-step = Stap
col-said = Onderwerp en inbreng
col-follow-up = Wat het bedrijf ermee deed

step5-log = { $count ->
        [one] In dit jaar is 1 communicatiemoment vastgelegd; daarvan { $external } naar buiten het bedrijf.
       *[other] In dit jaar zijn { $count } communicatiemomenten vastgelegd; daarvan { $external } naar buiten het bedrijf.
    }
step5-log-none = In dit jaar is geen communicatie over de aanpak vastgelegd.
step5-log-title = Wat het bedrijf vertelde, aan wie en hoe
col-channel = Kanaal
col-content = Inhoud
step6-mechanism = Het klachtenmechanisme
step6-mechanism-none = Het bedrijf heeft zijn klachtenmechanisme nog niet beschreven.
step6-deadlines = De ontvangst van een klacht wordt binnen { $ack } dagen bevestigd; binnen { $decide } dagen na ontvangst volgt een besluit.
step6-criteria = Hoe het mechanisme scoort op de tien criteria, naar het eigen oordeel van het bedrijf, met het kenmerk uit principe 31 van de VN-richtlijnen voor bedrijven en mensenrechten waar elk criterium bij hoort:
step6-ncp = Wie vindt dat een bedrijf de OESO-richtlijnen niet naleeft, kan ook terecht bij het Nationaal Contactpunt OESO-richtlijnen ({ $what }); dat bemiddelt tussen de partijen.
col-ungp31 = VN-principe 31
col-criterion = Criterium
col-judgement = Oordeel
col-explanation = Toelichting
step6-not-judged = niet beoordeeld
step6-grievances = Klachten en meldingen
grievance-none = In dit jaar kwamen geen klachten of meldingen binnen.
grievance-received = { $count ->
        [one] In { $year } kwam 1 klacht of melding binnen; anoniem: { $anonymous }.
       *[other] In { $year } kwamen { $count } klachten en meldingen binnen; anoniem: { $anonymous }.
    }
grievance-by-status = Stand op { $date }: { $what }.
grievance-by-theme = Per thema: { $what }.
grievance-by-channel = Per kanaal: { $what }.
grievance-timeliness = Ontvangst op tijd bevestigd: { $ackok } van { $ack }. Op tijd besloten: { $decok } van { $dec }.
grievance-overdue = { $count ->
        [one] Bij 1 klacht is een termijn verstreken zonder dat de stap is gezet.
       *[other] Bij { $count } klachten is een termijn verstreken zonder dat de stap is gezet.
    }
grievance-resolved = Afgesloten: { $total }. Daarvan opgelost voor wie de klacht indiende: { $count }{ $n ->
        [0] {""}
       *[other] ; niet vastgelegd bij { $n } die werden afgesloten voordat Ketenkompas dit vroeg
    }. Of een klacht gegrond was en of de zaak is opgelost, zijn twee verschillende dingen.
grievance-confidential = Wat in een klacht staat en wie die indiende, is vertrouwelijk. Dit verslag geeft daarom alleen aantallen.
theme-unknown = thema niet vastgelegd
step6-remedy = Herstel
remedy-none = Er is nog geen herstel vastgelegd.
remedy-summary = Herstel per stand: { $what }.
col-impact = Schade
col-expected-role = Verwachte rol
col-form = Vorm
col-consulted = Geraadpleegd

## Tekst in een schrift zonder lettertype op deze computer
unprintable-marker = [tekst in { $script } schrift]
unprintable-heading = Niet af te drukken tekst
unprintable-note = { $count ->
        [one] Op deze computer is geen lettertype gevonden voor { $scripts } schrift. Eén tekst staat daarom als „{ $example }” in dit verslag; in het dossier zelf staat hij volledig. Installeer een lettertype voor dit schrift (bijvoorbeeld uit de Noto-familie) en maak het verslag opnieuw.
       *[other] Op deze computer is geen lettertype gevonden voor { $scripts } schrift. { $count } teksten staan daarom als „{ $example }” in dit verslag; in het dossier zelf staan ze volledig. Installeer een lettertype voor dit schrift (bijvoorbeeld uit de Noto-familie) en maak het verslag opnieuw.
    }
script-chinese = Chinees
script-japanese = Japans
script-korean = Koreaans
script-arabic = Arabisch
script-hebrew = Hebreeuws
script-thai = Thais
script-indic = Indiaas
script-other = een ander
script-and = en
glance-chain = Keten: { $suppliers } actieve leveranciers en productielocaties in { $countries } landen, waarvan { $deeper } verder in de keten dan de directe leveranciers; { $chains } ketens in kaart, waarvan { $complete } tot aan de grondstof.
glance-company = Bedrijf: { $company }{ $what }.
glance-risks = Risico's: { $risks } vastgelegd, { $assessed } beoordeeld, { $prioritised } met voorrang aangepakt, { $deferred } uitgesteld.
glance-actions = Maatregelen: { $done } afgerond, { $running } gepland of onderweg, { $overdue } over de deadline.
glance-kpis = Doelen: { $reached } van de { $measured } gemeten KPI's haalden hun streefwaarde ({ $kpis } KPI's in totaal).
glance-grievances = Klachten: { $received } ontvangen in het jaar, { $closed } afgehandeld.
glance-top = De ernstigste risico's en wat eraan gebeurt
glance-top-none = Er zijn nog geen risico's met voorrang gekozen.
glance-measures = { $done } van { $total } maatregelen afgerond
glance-no-measures = nog geen maatregel
glance-next = Volgend jaar ({ $year }): { $due } open maatregelen lopen door of vallen in dat jaar, en { $reviews } uitgestelde risico's worden opnieuw bekeken. Meer in ‘Plannen voor volgend jaar’.

## Een verslag dat leesbaar blijft bij elke omvang
capped-shown = { $count ->
        [one] Hier staat de eerste van { $total }.
       *[other] Hier staan de eerste { $count } van { $total }.
    }
capped-in-annex = Het hele register staat in bijlage { $letter }.
capped-public = De overige staan niet afzonderlijk in dit verslag.
capped-in-register = Het hele register staat in Ketenkompas (‘{ $what }’) en is daar te exporteren als CSV of Excel.
annex-register = Bijlage { $letter } · { $what }
annex-name-suppliers = Alle leveranciers
annex-name-risks = Alle risico's
annex-name-actions = Alle maatregelen
annex-name-kpis = Alle KPI's en hun metingen
annex-intro-suppliers = { $count ->
        [one] Eén leverancier, met het aantal risico's dat bij die leverancier is vastgelegd.
       *[other] Alle { $count } leveranciers, in de volgorde van het dossier, elk met het aantal risico's dat bij die leverancier is vastgelegd.
    }
annex-intro-risks = { $count ->
        [one] Eén risico, met zijn plaats in de volgorde en het besluit.
       *[other] Alle { $count } risico's in de volgorde van de methode, elk met ernst, waarschijnlijkheid en besluit; niet beoordeelde risico's staan achteraan zonder plaats.
    }
annex-intro-actions = { $count ->
        [one] Eén maatregel, bij het risico dat hij aanpakt.
       *[other] Alle { $count } maatregelen, in de volgorde van de risico's die ze aanpakken.
    }
annex-intro-kpis = { $count ->
        [one] Eén KPI, met de metingen van dit jaar.
       *[other] Alle { $count } KPI's, elk met de metingen van dit jaar en het aantal metingen in totaal.
    }
annex-supplier-ended = { $name } (relatie beëindigd)
annex-deferred-until = { $what } tot { $date }
col-supplier = Leverancier
col-tier = Schakel
col-coc = Gedragscode
col-risks = Risico's
col-values-year = Metingen dit jaar
col-measurements = Metingen
col-effect = Werkt het?
col-recorded = Vastgelegd
col-prioritised = Aangepakt
col-deferred = Uitgesteld
col-severity-5 = Ernst 5
col-actual = Doet zich voor
col-measure-kind = Soort maatregel
col-planned = Gepland
col-in-progress = Bezig
col-done = Afgerond
col-stopped = Gestopt
col-total = Totaal
col-next-deadline = Eerstvolgende deadline
col-attention = Aandacht nodig
row-total = Totaal
row-other-countries = { $count ->
        [one] Eén ander land
       *[other] { $count } andere landen
    }
step2-in-full = De belangrijkste risico's uitgewerkt
full-none = Nog geen risico wordt aangepakt, heeft ernst 5 of doet zich nu voor.
full-intro = Hier staan de risico's die het bedrijf aanpakt, elk risico met de hoogste ernst en elke schade die zich nu voordoet, in de volgorde van de methode. Bij elk staat waarom het op deze plaats staat, hoe het bedrijf erbij betrokken is, welke maatregelen lopen en of die werken.
full-scores = ernst { $severity }, waarschijnlijkheid { $likelihood }
full-why = Waarom hier: { $what }
full-confirmed = Dit besluit gaat tegen de volgorde van de methode in en is bewust bevestigd.
full-confirmed-why = Dit besluit gaat tegen de volgorde van de methode in en is bewust bevestigd: { $reason }
full-consulted = Gesproken met: { $what }
full-no-measures = Nog geen maatregel vastgelegd.
full-not-judged = nog niet beoordeeld
full-escalation = De maatregel ‘{ $what }’ werkt onvoldoende. De richtlijn stelt deze volgende stappen voor:
full-kpi = Gemeten met ‘{ $name }’: nu { $value }, doel { $target }.
full-remedy = Herstel: { $what } ({ $status }).
full-no-remedy = Voor deze schade is nog geen herstel vastgelegd.
risks-by-theme = Alle risico's per thema en per land
risks-by-theme-intro = De { $total } vastgelegde risico's per thema, met hoeveel er worden aangepakt, zijn uitgesteld, de hoogste ernst hebben of zich nu voordoen. De totalen zijn die van het hele register.
risks-by-country = Per land
kpi-charts-shown = Grafieken van { $count } van de { $total } KPI's met meer dan één meting; de KPI's bij de belangrijkste risico's eerst.
results-summary = { $count } maatregelen zijn beoordeeld; het laatste oordeel: { $what }.
subject-yearly = Jaarverslag over gepaste zorgvuldigheid in de keten (OESO-richtlijnen, zes stappen)
subject-plan = Actieplan voor de aangepakte risico's in de keten
subject-public = Openbaar verslag over gepaste zorgvuldigheid in de keten
plan-rest = Overige aangepakte risico's
plan-rest-intro = { $count ->
        [one] Nog één aangepakt risico, met zijn maatregelen in het kort.
       *[other] Nog { $count } aangepakte risico's, elk op één regel met zijn maatregelen in het kort.
    }
plan-rest-none = geen maatregel
plan-rest-escalate = opschalen
plan-rest-overdue = over tijd
full-deferred-until = Uitgesteld tot { $date }: { $reason }
full-deferred = Uitgesteld: { $reason }
full-deferred-unexplained = Uitgesteld zonder motivering; die moet nog worden vastgelegd.
glance-effect = Werken de maatregelen? Het laatste oordeel per beoordeelde maatregel: { $what }.
glance-compared = Vergeleken met vorig jaar
glance-same = gelijk
col-figure = Kengetal
col-change = Verschil
glance-row-suppliers = Actieve leveranciers
glance-row-chains-complete = Ketens in kaart tot de grondstof
glance-row-code-signed = Leveranciers die de gedragscode tekenden
glance-row-risks = Vastgelegde risico's
glance-row-prioritised = Risico's die worden aangepakt
glance-row-deferred = Uitgestelde risico's
glance-row-actual = Schade die zich voordoet
glance-row-done = Afgeronde maatregelen
glance-row-overdue = Maatregelen over tijd
glance-row-kpis-reached = KPI's op streefwaarde
glance-row-grievances = Klachten ontvangen
glance-row-grievances-closed = Klachten afgehandeld
row-no-country = Zonder land
full-next = Waarom de volgende aangepakte risico's op hun plaats staan
glance-employees = { $employees } medewerkers
laws-title = Welke wetgeving voor ons kan gelden
laws-intro = Aan de hand van het bedrijfsprofiel, de ingekochte goederen en onze antwoorden op een paar vragen gaat Ketenkompas na welke wetten over gepaste zorgvuldigheid en duurzaamheidsverslaggeving voor ons kunnen gelden. Dit is de stand op { $date }: een indicatie, geen juridisch advies.
laws-intro-closed = Aan de hand van het bedrijfsprofiel, de ingekochte goederen en onze antwoorden op een paar vragen ging Ketenkompas na welke wetten over gepaste zorgvuldigheid en duurzaamheidsverslaggeving voor ons konden gelden. Dit is de stand op { $date }, toen dit jaar werd afgesloten: een indicatie, geen juridisch advies.
laws-not-kept = Toen dit jaar werd afgesloten, bewaarde Ketenkompas de wetgevingscheck nog niet bij het jaar.
col-law = Wet
col-verdict = Oordeel
col-reason = Waarom
col-checked = Gecontroleerd
laws-from = { $verdict }, vanaf { $date }
laws-not-final = { $date }; niet definitief
laws-not-confirmed = { $date } *
laws-indirect = Ook waar een wet niet voor ons geldt, kunnen klanten die eronder vallen iets van ons vragen:
laws-open = Deze vragen staan nog open en kunnen een oordeel veranderen:
changes-title = Vergeleken met { $year }
changes-none = Sinds vorig jaar veranderde er niets aan de risico's, besluiten, maatregelen en doelen.
changes-new = { $count ->
    [one] Eén risico is er sinds { $year } bijgekomen:
   *[other] { $count } risico's zijn er sinds { $year } bijgekomen:
}
changes-gone = { $count ->
    [one] Eén risico van vorig jaar staat niet meer in het register:
   *[other] { $count } risico's van vorig jaar staan niet meer in het register:
}
changes-reassessed = Risico's die we anders beoordelen dan vorig jaar (ernst × kans):
changes-up = hoger
changes-down = lager
changes-assessed = nu beoordeeld
changes-decisions = Risico's waarover we anders besloten:
changes-finished = { $count ->
    [one] Eén maatregel werd dit jaar afgerond:
   *[other] { $count } maatregelen werden dit jaar afgerond:
}
changes-finished-none = Dit jaar werd geen maatregel afgerond.
changes-kpis = Onze doelen, vorig jaar en nu:
changes-reached = { $value } (bereikt)
col-was = Was
col-now = Nu
col-works = Werkt het?
changes-maturity = Hoe ver we per stap zijn, in { $year } en nu (op een schaal van 1 tot 5):
changes-maturity-suggested = { $level } (voorgesteld)
maturity-title = Hoe ver we zijn, per stap
maturity-intro = Per stap geven we aan hoe ver we zijn, op een schaal van 1 (nog niet begonnen) tot 5 (verankerd). Ketenkompas stelt een niveau voor uit wat in het dossier staat; wij bevestigen dat of kiezen een ander niveau en zeggen waarom.
maturity-step = Stap { $step } · { $name }
maturity-bar = { $level } van 5
maturity-changed = Wij kozen dit niveau; voorgesteld was { $suggested }. { $reason }
maturity-confirmed = Voorstel door ons bevestigd
maturity-suggested = Voorgesteld uit het dossier, nog niet door ons bevestigd
col-level = Niveau
col-how = Hoe vastgesteld
col-next-level = Wat het volgende niveau vraagt
maturity-not-kept = Toen dit jaar werd afgesloten, bewaarde Ketenkompas nog geen volwassenheid per stap bij het jaar.
maturity-outdated = Wij kozen { $level } toen { $then } werd voorgesteld; nu stelt Ketenkompas { $now } voor. { $reason }
