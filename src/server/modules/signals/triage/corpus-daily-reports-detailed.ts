/**
 * Longer daily reports: one to three sentences with the context residents add — "voor mijn deur",
 * "al weken", "ik heb het al eerder gemeld", a question about when it is fixed. These words also
 * occur in individual questions and area issues, so the model must learn that the object (a lamp,
 * a tile, a bag of rubbish) decides. Keyed by Signalen sub-category slug.
 */
export const DETAILED_DAILY_REPORT_CORPUS: Readonly<Record<string, readonly string[]>> = {
  'lantaarnpaal-straatverlichting': [
    'ik heb al twee keer gemeld dat de lamp bij ons achterpad kapot is maar er gebeurt niks',
    'kan de gemeente de straatlamp bij de speeltuin maken, mensen lopen daar in het donker',
    'wij wonen op de hoek en de lantaarnpaal bij ons brandt al een maand niet',
    'De lantaarnpaal voor mijn huis brandt al twee weken niet meer. Het is savonds erg donker op de stoep.',
    'wanneer wordt de straatverlichting in de esdoornstraat gerepareerd? ik heb het al 3 keer gemeld',
    'lamp van de lantaarnpaal naast mijn oprit gaat steeds aan en uit',
    'Graag een nieuwe lamp in de paal bij het fietspad langs de sloot, het is levensgevaarlijk zo donker',
    'de verlichting in het steegje achter onze huizen is kapot, mensen durven er niet meer door',
    'alle lantaarns in het parkje zijn uit sinds het onweer van afgelopen weekend',
  ],
  'onderhoud-stoep-straat-en-fietspad': [
    'ik ben vandaag over een losse tegel gestruikeld voor de bakker, kan die worden vastgelegd',
    'mensen in onze buurt struikelen steeds over de opstaande tegels bij het winkelcentrum, graag herstellen',
    'wij hebben al vaker gemeld dat er een gat in de straat zit bij de drempel, het wordt steeds groter',
    'de gemeente heeft de straat opengebroken en er liggen nog steeds losse stenen',
    'Voor mijn deur liggen een paar stoeptegels los, mijn buurvrouw met rollator is er bijna over gevallen.',
    'er zit al weken een gat in de weg bij de ingang van de supermarkt, wanneer wordt dit gemaakt?',
    'kan de stoep bij nummer 18 worden rechtgelegd? de tegels steken uit en je struikelt er zo over',
    'na de werkzaamheden aan de kabels is de bestrating niet goed teruggelegd, nu ligt er een kuil',
    'gevaarlijke kuil in het asfalt op de fietsroute naar school, graag snel repareren',
    'bij regen staat er een grote plas in de kuil voor onze oprit, het wegdek is verzakt',
    'De trottoirband is kapot en er steken scherpe stukken uit bij de oversteek',
  ],
  'onderhoud-fietspad': [
    'het fietspad langs het kanaal is zo hobbelig door boomwortels dat ik er bijna onderuit ging',
  ],
  'container-bijplaatsing': [
    'ik erger me aan de zakken die elke week naast de container bij ons in de straat staan, kan de gemeente die weghalen',
    'wij zien steeds mensen hun afval naast de containers zetten, nu ligt het er weer',
    'Al weken worden er vuilniszakken naast de container gezet. Het stinkt en het trekt ratten aan.',
    'elke week weer zakken en dozen naast de container bij ons op de hoek, kan dit opgeruimd worden?',
    'naast de ondergrondse container in onze straat staan zakken die door katten zijn opengetrokken, alles ligt over de stoep',
  ],
  'container-is-vol': [
    'de container in onze straat is al sinds zaterdag vol en mensen zetten hun zakken ernaast, graag legen',
    'kunnen jullie de restafvalcontainer bij de flat vaker legen? hij zit nu alweer vol',
  ],
  'container-is-kapot': [
    'mijn pasje werkt wel maar de klep van de container gaat niet open, dus ik kan mijn afval niet kwijt',
  ],
  grofvuil: [
    'Er staat al een paar dagen een grote hoeveelheid grofvuil bij de ingang van ons portiek. Graag ophalen.',
    'de buren zijn verhuisd en hebben een kast, een matras en een hoop troep op de stoep laten staan',
    'iemand heeft vannacht een complete keuken in de berm langs de dijk gedumpt',
    'ik heb gezien dat iemand een oude bank naast ons flatgebouw heeft gezet, kan die worden opgehaald',
    'bij ons in de buurt staat bij het trafohuisje een berg grofvuil, het ligt er al lang',
  ],
  huisafval: [
    'onze grijze container is vandaag niet geleegd terwijl hij op tijd buiten stond, de rest van de straat wel',
  ],
  'prullenbak-vol': [
    'ik zie al dagen dat de afvalbak bij het bankje aan de haven vol zit, mensen zetten hun troep ernaast',
    'de afvalbakken in het park worden te weinig geleegd, na een zonnig weekend ligt alles ernaast',
    'kunnen er meer prullenbakken komen bij het pleintje? de ene bak zit elke dag vol',
  ],
  veegzwerfvuil: [
    'Bij de ingang van het park ligt veel kapot glas. Er spelen hier kinderen, graag snel opruimen.',
    'na de kermis ligt het hele plein nog vol met bekertjes en papier, wanneer wordt er geveegd?',
    'er ligt al dagen een berg zwerfafval in de bosjes naast mijn huis',
    'mensen gooien hun afval zomaar op straat bij de snackbar, het ligt er nu vol mee, graag vegen',
    'wij hebben gisteren met de kinderen het veldje opgeruimd maar er ligt alweer glas en blik',
    'ik loop elke dag met de hond langs de vaart en daar ligt steeds meer zwerfvuil in het riet',
  ],
  uitwerpselen: [
    'steeds weer hondenpoep op het grasveld waar onze kinderen spelen, kan er een bord komen of handhaving?',
    'in mijn straat laten mensen hun hond overal poepen, de stoep ligt vol',
    'ik stap elke ochtend in de hondenpoep voor de deur, mensen ruimen het niet op',
  ],
  graffitiwildplak: [
    'Er is vannacht graffiti gespoten op de gevel van ons huis en op de elektriciteitskast ernaast.',
  ],
  'boom-stormschade': [
    'ik heb vorige week al gemeld dat er een grote tak boven het fietspad hangt, hij is nog steeds niet weggehaald',
    'door de harde wind is er een grote tak uit de boom voor mijn huis gebroken, hij hangt nu boven de stoep',
    'een boom in het plantsoen is half omgevallen en leunt tegen de schutting van de buren',
  ],
  'boom-overig': [
    'de boom voor ons huis neemt al het licht weg en de takken raken de dakgoot, kan hij gesnoeid worden?',
  ],
  snoeien: [
    'de struiken bij de uitrit van de school zijn zo hoog dat fietsers elkaar niet zien, graag snoeien',
  ],
  'maaien-snoeien': [
    'het gras in de berm langs de weg staat zo hoog dat je bij het uitrijden niks ziet',
  ],
  'onkruid-verharding': [
    'de stoepen in onze buurt staan vol onkruid, er wordt dit jaar helemaal niets aan gedaan',
  ],
  putrioleringverstopt: [
    'na de bui van vannacht staat de straat bij de kolk nog steeds onder water, de put voert niet af',
    'de afvoerput voor mijn huis is verstopt waardoor bij elke bui het water tot aan de drempel staat',
    'bij de put op de hoek blijft na de regen steeds een grote plas staan, er zitten bladeren in het rooster',
    'ik heb het al vaker gemeld: de goot in onze straat is verstopt en na regen staat er een meer',
  ],
  'put-riool-kapot': [
    'het deksel van de put in de rijbaan is gebroken, autos rijden er met een klap overheen',
  ],
  parkeeroverlast: [
    'Er staat al de hele week een bestelbus half op de stoep voor mijn deur, ik kan er met mijn scootmobiel niet langs.',
    'iedere ochtend staan er autos op de stoep bij de school geparkeerd, kan daar gehandhaafd worden?',
    'iemand parkeert steeds zijn auto voor onze garagedeur, wij kunnen er niet uit',
    'ik kan mijn auto niet kwijt omdat er een camper al dagen dwars over twee plekken staat',
    'mensen parkeren hun auto steeds op het trottoir bij de apotheek, nu staat er weer een',
  ],
  'auto-scooter-bromfietswrak': [
    'er staat een auto met een kapotte ruit en lekke banden al sinds de zomer op dezelfde plek in onze straat',
  ],
  fietswrak: [
    'aan het fietsenrek bij de flat staan al maanden roestige fietsen zonder zadel en wielen, graag verwijderen',
  ],
  ratten: [
    'Wij zien sinds een paar weken ratten bij de containers achter de flat. Ze lopen ook langs de speeltuin.',
    'er zitten ratten onder de bosjes naast het pad, mijn kinderen zijn er bang voor',
    'wij hebben ratten gezien bij de composthoop in het buurttuintje, kan de gemeente bestrijden',
  ],
  'dode-dieren': [
    'er ligt al sinds gisteren een dode vos aan de kant van de weg bij de bushalte',
  ],
  'stank-geluidsoverlast': [
    'ik word al de hele nacht wakker gehouden door een alarm dat afgaat in een winkel om de hoek',
    'de buren hebben elk weekend tot diep in de nacht feest met harde muziek, nu weer',
    'er staat een aggregaat bij de bouwplaats dat de hele nacht draait, ik kan niet slapen',
  ],
  speelplaats: [
    'In de speeltuin aan de Meidoornlaan is de glijbaan kapot, er steekt een scherpe rand uit. Graag snel repareren.',
    'de schommel is al een maand weggehaald en er is nog niks teruggekomen, wanneer wordt die vervangen?',
    'mijn kinderen spelen in de speeltuin bij ons achter en daar is de wipkip afgebroken',
  ],
  straatmeubilair: [
    'het bankje bij de bushalte is vernield, er zitten alleen nog de poten',
    'het hekje bij het water is losgeraakt, kinderen kunnen zo de sloot in',
    'wij zitten graag op het bankje bij de vijver maar de leuning is eraf, kan de gemeente die maken',
  ],
  'verkeersbord-verkeersafzetting': [
    'het bord eenrichtingsverkeer aan het begin van onze straat is omver gereden, nu rijdt iedereen er verkeerd in',
  ],
  verkeerslicht: [
    'het voetgangerslicht bij de school springt niet op groen als je op de knop drukt',
  ],
  verkeerssituaties: [
    'de spiegel op de kruising is helemaal beslagen en gebroken, je ziet niks aankomen',
  ],
  'gladheid-winterdienst': [
    'ons fietspad naar school is weer niet gestrooid, mijn dochter is gevallen',
  ],
  'drank-en-drugsoverlast': [
    'op het bankje bij de speeltuin zitten nu weer mannen te drinken en ze laten blikjes achter',
  ],
  jongerenoverlast: [
    'er staat nu een groep jongeren met scooters bij de ingang van de flat die heel veel herrie maken',
  ],
  'bouw-sloopoverlast': [
    'de aannemer is om half zeven begonnen met slopen, dat mag toch pas vanaf zeven uur?',
  ],
  'hinderlijk-geplaatst-object': [
    'er staat al weken een bouwcontainer op de parkeerplaats voor ons huis zonder dat er gewerkt wordt',
  ],
  'overlast-door-afsteken-vuurwerk': [
    'er wordt al de hele avond zwaar vuurwerk afgestoken bij de bushalte, mijn hond is doodsbang',
  ],
  'loslopende-agressieve-honden': [
    'in het park liep vanochtend een grote hond los die mijn kind besprong, de eigenaar deed niks',
  ],
  'gladheid-bladeren': [
    'mensen glijden uit over de bladeren op de stoep bij het bejaardenhuis, graag vegen',
  ],
};
