/**
 * Daily reports ("meldingen openbare ruimte") as residents type them into Signalen or BuitenBeter:
 * short, informal, often without capitals or punctuation, sometimes misspelt. Keyed by the Signalen
 * sub-category slug (categories_flat_from_departmentsCategories.json), which also trains the
 * nearest-category suggestion. Written for Schakel; no real reports are copied.
 */
export const DAILY_REPORT_CORPUS: Readonly<Record<string, readonly string[]>> = {
  // Afval
  'asbest-accu': [
    'asbest platen gedumpt achter de garages', 'er ligt een oude accu op de stoep bij nr 8',
    'golfplaten met asbest in de berm gegooid', 'kapotte accu lekt in de goot',
  ],
  'bruin-en-witgoed': [
    'koelkast staat al 3 dagen op de stoep', 'oude wasmachine bij de container gezet',
    'magnetron en tv op straat gedumpt', 'iemand heeft een vriezer langs de weg neergezet',
  ],
  'container-bijplaatsing': [
    'vuilniszakken naast de container', 'allemaal zakken naast de ondergrondse container gezet',
    'weer zakken vuil naast de kliko bij de flat', 'dozen en zakken naast de papiercontainer',
    'vuilnis zakken naast container stinkt enorm', 'zakken bij de container opengescheurd door de meeuwen',
    'bijplaatsing bij de container hoek dorpsstraat', 'er staat van alles naast de afval container graag opruimen',
    'vuilnizakken naast de containers op het plein', 'huisvuil naast de container gezet ipv erin',
  ],
  'container-glas-kapot': ['glasbak kapot klep zit vast', 'glascontainer is stuk er ligt glas omheen', 'glasbak bij de supermarkt defect'],
  'container-glas-vol': ['glasbak vol', 'glasbak zit propvol flessen staan ernaast', 'de glascontainer bij het winkelcentrum is weer vol'],
  'container-is-kapot': [
    'container klep kapot', 'ondergrondse container gaat niet open', 'afvalcontainer kapot mijn pas werkt niet',
    'de container aan de lindelaan is defect trommel draait niet', 'containr stuk kan mijn afval niet kwijt',
  ],
  'container-is-vol': [
    'container vol', 'ondergrondse container zit vol kan niks meer kwijt', 'restafval container al dagen vol',
    'containr is vol hoek molenweg', 'afvalcontainer puilt uit', 'container zit helemaal vol, wanneer wordt ie geleegd',
  ],
  'container-voor-papier-is-stuk': ['papiercontainer kapot', 'papierbak klep zit klem'],
  'container-voor-papier-is-vol': ['papier container vol, dozen ernaast', 'oud papier bak zit vol', 'papiercontainer vol karton waait over straat'],
  'container-voor-plastic-afval-is-kapot': ['plastic container stuk', 'pmd container klep kapot'],
  'container-voor-plastic-afval-is-vol': ['plastic container vol', 'pmd bak zit vol zakken plastic ernaast', 'plasticbak vol'],
  grofvuil: [
    'bank en matras op straat gezet', 'grofvuil ligt al een week op de stoep', 'oude kast en stoelen gedumpt bij de flat',
    'matras in de bosjes', 'iemand heeft een bankstel bij het speeltuintje gezet', 'grof vuil is niet opgehaald',
    'tapijt en oude deuren in de berm gedumpt', 'bankstel en matrassen bij de containers, wie ruimt dit op',
    'gedumpt afval bij de ingang van het park', 'hoop rommel gestort op het parkeerterrein',
  ],
  'handhaving-op-afval': [
    'buurman zet zijn afval steeds op de verkeerde dag buiten', 'iemand dumpt elke week zakken bij de container graag handhaving',
    'winkel zet karton naast de container elke dag',
  ],
  huisafval: ['huisvuil niet opgehaald', 'kliko is deze week niet geleegd', 'vuilniswagen heeft onze straat overgeslagen', 'afval is vandaag niet opgehaald'],
  kerstbomen: ['kerstbomen op straat gedumpt', 'kerstboom ligt al weken op het grasveld'],
  'overig-afval': ['afval in de sloot gegooid', 'zakken afval in het park gedumpt'],
  'puin-sloopafval': ['bouwpuin gestort bij het fietspad', 'stenen en puin op de stoep achtergelaten', 'sloopafval van een verbouwing op straat'],
  'rolcontainer-is-kapot': ['mijn kliko is kapot deksel eraf', 'rolcontainer wiel gebroken', 'groene container gescheurd graag een nieuwe'],
  'rolcontainer-is-vol': ['groene bak niet geleegd', 'gft container niet geleegd', 'klikos staan vol en zijn niet opgehaald'],
  // Civiele constructies
  bruggen: ['reling van de brug zit los', 'planken van de brug liggen los', 'bruggetje in het park is kapot'],
  'afwatering-brug': ['water blijft staan op de brug'],
  'brug-bediening': ['brug gaat niet open', 'brug staat al een uur open'],
  kades: ['kademuur brokkelt af', 'stenen uit de kade gevallen'],
  oevers: ['beschoeiing kapot bij de vijver', 'oever kalft af bij het wandelpad'],
  sluis: ['sluis werkt niet'],
  steiger: ['steiger bij de vijver is rot planken los'],
  watergangen: ['sloot is dichtgegroeid en stinkt', 'duiker verstopt sloot loopt niet door'],
  // Openbaar groen en water
  boom: ['boom is dood', 'dode boom voor nr 14', 'boom helemaal kaal en dood moet weg'],
  'boom-aanvraag-plaatsing': ['boom is weggehaald graag een nieuwe terug', 'lege boomspiegel, kan er een boom terug'],
  'boom-afval': ['plastic zakken hangen in de boom'],
  'boom-illegale-kap': ['buren hebben zomaar een boom gekapt', 'er wordt een boom gekapt zonder vergunning'],
  'boom-noodkap': ['boom staat scheef dreigt om te vallen', 'boom hangt gevaarlijk over de weg dreigt te breken'],
  'boom-overig': ['boomwortels drukken de stoep omhoog', 'boom hangt over de weg'],
  'boom-stormschade': [
    'grote tak afgebroken ligt op de weg', 'boom omgewaaid over het fietspad', 'tak afgewaaid na de storm ligt op een auto',
    'takken op straat na de storm', 'afgebroken tak hangt nog in de boom boven het pad', 'boom omgevallen blokkeert de weg',
  ],
  'boom-verzoek-inspectie': ['boom ziet er ziek uit graag controleren', 'holle boom, kan iemand komen kijken'],
  'boomziekten-en-plagen': ['kastanjeboom is ziek bladeren worden bruin'],
  eikenprocessierups: [
    'eikenprocessierups in boom bij het schoolplein', 'nesten van de processie rups in de eiken',
    'eikenprocessierupsen bij de speeltuin', 'rupsen met brandharen in de eikenboom',
  ],
  'japanse-duizendknoop': ['japanse duizendknoop groeit langs het fietspad'],
  'maaien-snoeien': ['gras is niet gemaaid', 'gras staat kniehoog in het plantsoen', 'graag het veldje achter de flat maaien'],
  onkruid: ['onkruid in de plantenbak', 'perkje staat vol onkruid'],
  'overig-groen-en-water': ['bosjes overwoekerd met braam', 'vijver stinkt', 'waterplanten groeien de sloot dicht'],
  snoeien: [
    'heg steekt over de stoep graag snoeien', 'struiken te hoog geen zicht bij de kruising',
    'takken hangen laag over het fietspad', 'overhangende takken bij de bushalte', 'struikken groeien over het pad',
  ],
  // Overlast bedrijven en horeca
  'geluidsoverlast-installaties': ['airco van de supermarkt bromt de hele nacht', 'afzuiging van het restaurant maakt herrie'],
  'geluidsoverlast-muziek': ['harde muziek uit het cafe tot 3 uur', 'keiharde muziek in de kroeg vannacht'],
  'overig-horecabedrijven': ['snackbar zet vuilnis op straat'],
  'overlast-door-bezoekers-niet-op-terras': ['bezoekers van de kroeg schreeuwen op straat', 'cafegasten maken veel lawaai bij vertrek'],
  'overlast-terrassen': ['terras staat tot over de stoep', 'terras nog open om 2 uur herrie'],
  stankoverlast: ['stank van de frituur van de snackbar', 'vieze lucht bij de fabriek'],
  // Overlast in de openbare ruimte
  'auto-scooter-bromfietswrak': [
    'autowrak staat al weken in de straat', 'scooter zonder kenteken staat al maanden', 'uitgebrande auto op de parkeerplaats',
    'brommer zonder wielen ligt in de bosjes', 'auto met lekke banden staat al maanden stil',
  ],
  'bouw-sloopoverlast': ['bouwbedrijf begint om 6 uur met heien', 'stof van de sloop waait over de tuinen', 'bouwhekken liggen over de stoep'],
  fietswrak: [
    'fietswrak bij het station', 'fiets zonder wielen al maanden aan het hek', 'roestige fiets aan de lantaarnpaal',
    'weesfiets bij de bushalte', 'fietswrakken in het fietsenrek', 'fietsenwrak ligt in de struiken',
  ],
  'hinderlijk-geplaatst-object': [
    'bouwcontainer staat midden op de stoep', 'aanhanger staat al weken op de parkeerplaats', 'caravan staat al maanden in de straat',
    'steigers blokkeren de stoep', 'reclamebord midden op het fietspad',
  ],
  'lozing-dumping-bodemverontreiniging': ['iemand loost olie in het riool', 'verf in de sloot gegooid'],
  markten: ['marktkramen laten rommel achter'],
  'overig-openbare-ruimte': ['hek bij het pad is kapot', 'stroomkast staat open'],
  parkeeroverlast: [
    'auto staat op de stoep geparkeerd', 'busje staat dubbel geparkeerd', 'auto geparkeerd voor mijn uitrit',
    'fout geparkeerde auto op de invalidenplek', 'auto op het gras geparkeerd bij de speeltuin', 'auto staat op het fietspad',
    'wagen staat dwars voor de inrit', 'bestelbus staat op de stoep ik kan er met de kinderwagen niet langs',
    'auto geparkeerd op de hoek, geen zicht', 'auto staat al de hele dag op de laadplek',
  ],
  'stank-geluidsoverlast': [
    'harde muziek bij de buren al de hele avond', 'buren maken vannacht weer herrie', 'feest in de straat, nu veel lawaai',
    'stank uit de put', 'rare lucht in de straat', 'geluidsoverlast van een feestje op nr 3', 'bladblazer om 7 uur sochtends',
  ],
  // Overlast op het water
  'blokkade-van-de-vaarweg': ['boot ligt dwars in de gracht'],
  'olie-op-het-water': ['olie op het water bij de haven', 'olievlek in de vijver'],
  'overig-boten': ['rotte boot ligt al maanden aan de kade'],
  'overlast-op-het-water-geluid': ['partyboot met harde muziek'],
  'overlast-op-het-water-gezonken-boot': ['gezonken bootje in de gracht'],
  'overlast-op-het-water-snel-varen': ['speedboot vaart veel te hard door de haven'],
  // Overlast van dieren
  'dode-dieren': ['dode kat op de weg', 'dood konijn op het fietspad', 'dode eend in de sloot', 'dode vogel op de stoep', 'doodgereden egel voor de deur'],
  duiven: ['duiven poepen alles onder bij het winkelcentrum', 'overlast van duiven op het balkon'],
  ganzen: ['ganzenpoep op het grasveld', 'ganzen agressief bij de vijver'],
  meeuwen: ['meeuwen scheuren de vuilniszakken open', 'meeuwen nest op het dak'],
  'overig-dieren': ['vos in de tuin', 'loslopende kippen op straat'],
  ratten: [
    'ratten bij de container', 'veel ratten gezien bij de speeltuin', 'rat bij de vijver',
    'ratten rennen over straat bij de afvalbak', 'rattenplaag in het plantsoen', 'ratte bij de vuilnisbak',
  ],
  'ratten-in-en-rond-woning': ['ratten in de tuin', 'rat in de schuur gezien'],
  wespen: ['wespennest bij de ingang van de flat', 'wespen nest in de lantaarnpaal'],
  // Overlast van en door personen of groepen
  'daklozen-bedelen': ['man slaapt in het portiek', 'zwerver bij de supermarkt valt mensen lastig'],
  'drank-en-drugsoverlast': ['er wordt gedeald bij het bankje', 'dronken mensen op het plein nu', 'lachgas patronen overal in de straat'],
  jongerenoverlast: [
    'jongeren maken nu herrie bij het speeltuintje', 'groep jongens met scooters bij de school vanavond', 'hangjongeren gooien met stenen',
  ],
  'loslopende-agressieve-honden': ['hond loopt los in het park en valt mensen aan', 'loslopende honden op het speelveld'],
  'overige-overlast-door-personen': ['man schreeuwt op straat', 'verward persoon loopt over de weg'],
  'overlast-door-afsteken-vuurwerk': ['vuurwerk afgestoken bij de flat', 'de hele avond knallen met vuurwerk', 'cobra in de container gegooid'],
  'overlast-van-taxis-bussen-en-fietstaxis': ['taxis staan met draaiende motor te wachten', 'touringcar blokkeert de straat'],
  'wildplassen-poepen-overgeven': ['iemand plast steeds tegen de muur', 'overgeefsel op de stoep', 'mensen poepen in de bosjes'],
  // Schoon
  'drijfvuil-bevaarbaar-water': ['plastic en flessen drijven in de gracht'],
  'drijfvuil-niet-bevaarbaar-water': ['winkelwagen in de vijver', 'drijfvuil in de singel', 'troep drijft in de sloot'],
  'gladheid-bladeren': ['bladeren op het fietspad erg glad', 'natte bladeren op de stoep, spekglad'],
  'gladheid-olie': ['olie op de weg glad', 'oliespoor over de hele straat'],
  'gladheid-winterdienst': [
    'fietspad niet gestrooid', 'ijzel op de stoep graag strooien', 'de brug is glad niet gepekeld', 'sneeuw niet geruimd op het fietspad',
  ],
  graffitiwildplak: [
    'graffiti op de muur van de school', 'bekladde bushalte', 'tags op het elektriciteitshuisje', 'posters geplakt op de lantaarnpalen',
    'grafitti op de brug', 'stickers op de verkeersborden', 'iemand heeft de gevel beklad met verf',
  ],
  'onkruid-verharding': ['onkruid tussen de stoeptegels', 'onkruid op de stoep staat hoog', 'veel onkruid in de goot', 'stoep vol met onkruid'],
  'prullenbak-vol': ['prullenbak vol', 'afvalbak bij de bushalte puilt uit', 'prullebak zit vol', 'vuilnisbak in het park overvol'],
  putrioleringverstopt: [
    'put verstopt water blijft staan', 'kolk zit dicht met bladeren', 'regenwater loopt niet weg bij de put, grote plas',
    'riool stinkt en loopt over', 'putje voor de deur verstopt',
  ],
  uitwerpselen: [
    'hondenpoep op de stoep', 'hondepoep overal op het grasveld', 'veel hondenpoep bij de speeltuin', 'hondenpoep voor de deur',
    'hondenstront op het pad', 'poep op het schoolplein', 'hondenpoep bij de ingang van de school',
  ],
  veegzwerfvuil: [
    'zwerfvuil in het park', 'veel rommel op straat', 'troep overal bij de snackbar', 'blikjes en flesjes in de berm',
    'glas op het fietspad', 'kapot glas op de stoep', 'de straat moet geveegd worden', 'peuken en papier bij de bushalte',
    'zwerfafval langs de sloot', 'rotzooi op het plein na de markt', 'zwerfvuil op het schoolplein',
    'afval overal verspreid over de stoep', 'zwervuil bij het winkelcentrum',
  ],
  // Wegen, verkeer, straatmeubilair
  'autom-verzinkbare-palen': ['paal gaat niet omlaag', 'verzinkbare paal staat vast'],
  bewegwijzering: ['wegwijzer is verdraaid', 'straatnaambord is weg'],
  camerasystemen: ['camera hangt los aan de paal'],
  'fietsrek-nietje': ['fietsrek kapot', 'fietsenrek verbogen', 'nietje los bij het station'],
  klok: ['klok op het plein loopt achter'],
  'lantaarnpaal-straatverlichting': [
    'lantaarnpaal kapot', 'lantaarnpaal brandt niet', 'straatlantaarn doet het niet', 'lamp kapot',
    'straatverlichting is uit in de hele straat', 'lantarenpaal knippert', 'lantaarnpaal brand overdag',
    'lantaarnpaal scheef na aanrijding', 'lamp van de lantaarnpaal hangt los', 'verlichting op het fietspad werkt niet',
    'het is donker in de steeg de lamp is stuk', 'straatlamp kapot voor nr 21', 'lantaarnpaal omver gereden',
    'lantaarpaal geeft geen licht', 'lampen in het park doen het niet',
  ],
  omleiding: ['wegwerkzaamheden zonder omleiding', 'straat is al weken open maar er wordt niet gewerkt'],
  'omleiding-belijning-verkeer': ['witte strepen op de weg vervaagd', 'belijning van het zebrapad bijna weg'],
  'onderhoud-fietspad': ['fietspad vol gaten', 'boomwortels in het fietspad', 'scheur in het fietspad', 'fietspad verzakt'],
  'onderhoud-stoep-straat-en-fietspad': [
    'losse stoeptegel', 'stoeptegel ligt los', 'gat in de weg', 'kuil in de straat', 'tegels liggen scheef struikelgevaar',
    'stoep is verzakt', 'gat in het wegdek bij de bushalte', 'losliggende tegels voor de deur', 'klinkers liggen los',
    'stoeptegels omhoog door boomwortels', 'diep gat in de weg gevaarlijk voor fietsers', 'stoepteggel los voor nr 5',
    'asfalt kapot', 'tegel los, mijn moeder is gestruikeld', 'wegdek afgebrokkeld', 'verzakking in de stoep bij de kerk',
  ],
  oplaadpunt: ['laadpaal werkt niet', 'oplaadpaal defect'],
  'overig-wegen-verkeer-straatmeubilair': ['hek langs de weg kapot', 'paaltje omgereden'],
  parkeerautomaten: ['parkeerautomaat werkt niet', 'parkeermeter neemt geen pinpas'],
  prullenbakkapot: ['prullenbak kapot', 'afvalbak omver gereden', 'vuilnisbak hangt scheef', 'prullenbak afgebrand'],
  'put-riool-kapot': ['putdeksel kapot', 'riool ingezakt', 'rooster van de kolk is weg', 'putdeksel ligt los en klappert'],
  speelplaats: [
    'schommel kapot', 'glijbaan in de speeltuin is stuk', 'speeltoestel kapot gevaarlijk', 'wip is kapot',
    'zandbak ligt vol glas', 'klimrek zit los', 'hek van de speeltuin kapot',
  ],
  sportvoorziening: ['basketbalpaal kapot', 'doeltje op het trapveld kapot', 'net van het voetbalkooitje gescheurd'],
  straatmeubilair: ['bankje kapot', 'bank in het park vernield', 'paaltje kapot', 'bloembak kapot', 'bushokje ruit ingegooid'],
  'verkeersbord-verkeersafzetting': [
    'verkeersbord omgereden', 'bord ligt op de grond', 'stopbord is weg', 'verkeersbord gedraaid',
    'afzetting van werkzaamheden ligt op de weg',
  ],
  verkeerslicht: ['stoplicht werkt niet', 'verkeerslicht blijft op rood', 'knop van het voetgangerslicht kapot'],
  verkeersoverlast: ['vrachtwagen rijdt door de straat waar dat niet mag', 'autos racen vanavond door de straat'],
  verkeerssituaties: ['spiegel bij de bocht is kapot', 'heg belemmert het zicht bij de uitrit'],
};
