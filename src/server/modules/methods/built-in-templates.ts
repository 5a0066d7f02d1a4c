import type { TemplateKind } from '../../../shared/schemas/programme.js';

/**
 * The templates every municipality starts with, until it writes or adopts its own. The WOP steps follow
 * the route of Ridderkerk's handbook "Van de wijk voor de wijk" (2012) in our own words; the conversation
 * format follows waarderend vernieuwen (appreciative inquiry) as Bergen op Zoom uses it.
 */
export const BUILT_IN_TEMPLATES: { kind: TemplateKind; name: string; description: string; content: Record<string, unknown> }[] = [
  {
    kind: 'wop_handbook',
    name: 'Van de wijk voor de wijk — stappen naar een wijkontwikkelingsprogramma',
    description: 'Het proces om met de wijk een wijkontwikkelingsprogramma op te stellen, uit te voeren en te verantwoorden.',
    content: {
      steps: [
        { title: 'Startnotitie: opdracht, periode en procesafspraken', description: 'Wie trekt het, welke partners doen mee, hoe wordt de wijk betrokken (participatieniveau).' },
        { title: 'Wijkanalyse: kengetallen, signalen en lopende plannen', description: 'CBS-kerncijfers, signalen uit de wijk, onderhoudsplannen, structuurvisie, veiligheidsbeleid.' },
        { title: 'Wijkgesprekken en schouw met bewoners en partners', description: 'Wat gaat goed, wat kan beter; ook met wie je niet vanzelf spreekt.' },
        { title: 'Opgaven en doelen formuleren met de wijk', description: 'Een handvol doelen die de wijk herkent.' },
        { title: 'Projecten verzamelen bij partners en gemeente', description: 'Per project: trekker, partners, budget, planning en participatieniveau.' },
        { title: 'Concept bespreken in het wijkoverleg', description: 'Terugkoppelen wat wel en niet is overgenomen, en waarom.' },
        { title: 'Vaststellen door het college', description: 'Met de afspraken over monitoring en verantwoording.' },
        { title: 'Uitvoeren en monitoren', description: 'Voortgang per project; afwijkingen in participatie bespreken met de vakspecialist.' },
        { title: 'Jaarlijks evalueren en verantwoorden aan de wijk', description: 'Wat is gerealiseerd; wat schuift door naar het volgende programma.' },
      ],
    },
  },
  {
    kind: 'conversation_format',
    name: 'Leefbaarheidsgesprek — waarderend vernieuwen',
    description: 'Vier fasen: ontdekken wat goed gaat, dromen over de wijk, ontwerpen wat ervoor nodig is, doen en afspraken maken.',
    content: {
      meetingKind: 'leefbaarheidsgesprek',
      sections: [
        { key: 'discover', title: 'Ontdekken — wat gaat er goed in de wijk?', prompt: 'Verhalen over waar bewoners trots op zijn; kengetallen en signalen als achtergrond.' },
        { key: 'dream', title: 'Dromen — hoe ziet de wijk eruit op haar best?', prompt: 'Het beeld van de wijk over een paar jaar, in de woorden van bewoners.' },
        { key: 'design', title: 'Ontwerpen — wat is daarvoor nodig?', prompt: 'Welke projecten en initiatieven, met wie, en wat loopt er al in het programma.' },
        { key: 'deliver', title: 'Doen — afspraken met eigenaar en termijn', prompt: 'Elke afspraak krijgt een eigenaar en een datum; die volgen we als actie.' },
      ],
    },
  },
  {
    kind: 'conversation_format',
    name: 'Wijkoverleg',
    description: 'Informatie halen en brengen; participatie op de thema’s van de wijk.',
    content: {
      meetingKind: 'wijkoverleg',
      sections: [
        { key: 'opening', title: 'Opening en mededelingen', prompt: '' },
        { key: 'information', title: 'Informatie van gemeente en partners', prompt: 'Welke collega is uitgenodigd op welk thema.' },
        { key: 'participation', title: 'Participatie op wijkthema’s', prompt: 'Op welk niveau praat het wijkoverleg mee (afwegingskader participatie).' },
        { key: 'signals', title: 'Signalen uit de wijk', prompt: '' },
        { key: 'agreements', title: 'Afspraken en rondvraag', prompt: '' },
      ],
    },
  },
  {
    kind: 'conversation_format',
    name: 'Wijkideeteam',
    description: 'Ideeën uit de wijk bespreken en omzetten in initiatieven.',
    content: {
      meetingKind: 'wijkideeteam',
      sections: [
        { key: 'ideas', title: 'Nieuwe ideeën en initiatieven', prompt: '' },
        { key: 'progress', title: 'Voortgang van lopende initiatieven', prompt: '' },
        { key: 'agreements', title: 'Afspraken', prompt: '' },
      ],
    },
  },
  {
    kind: 'conversation_format',
    name: 'Collegebezoek — een dagdeel in de wijk',
    description: 'Het college komt eens per collegeperiode een dagdeel naar elke wijk of kern.',
    content: {
      meetingKind: 'collegebezoek',
      sections: [
        { key: 'presentation', title: 'De wijk presenteert zich', prompt: 'Bewoners, partners en initiatieven vertellen zelf.' },
        { key: 'tour', title: 'Wijkschouw', prompt: '' },
        { key: 'themes', title: 'Thema’s voor het college', prompt: 'Wat de wijkwethouder heeft geagendeerd.' },
        { key: 'agreements', title: 'Afspraken', prompt: '' },
      ],
    },
  },
  {
    kind: 'participation_framework',
    name: 'Afwegingskader participatie',
    description: 'Vijf niveaus van participatie. De vakspecialist is verantwoordelijk voor de participatie op zijn vakgebied; de wijkverbinder adviseert en bewaakt de inbreng uit de wijk.',
    content: {
      levels: [
        { level: 'informeren', description: 'De gemeente vertelt wat er gaat gebeuren; de wijk heeft geen invloed op het besluit.', whenToUse: 'Wettelijke taken, beheer en onderhoud zonder keuzes.' },
        { level: 'raadplegen', description: 'De gemeente vraagt de mening van de wijk en neemt die mee, maar is niet gebonden.', whenToUse: 'Een plan ligt grotendeels vast; ervaringen van bewoners verbeteren het.' },
        { level: 'adviseren', description: 'De wijk brengt advies uit; afwijken van het advies wordt beargumenteerd.', whenToUse: 'Er zijn echte keuzes en bewoners kennen de plek het best.' },
        { level: 'coproduceren', description: 'Gemeente, partners en wijk maken samen het plan en voeren het samen uit.', whenToUse: 'Projecten in de openbare ruimte en bewonersinitiatieven.' },
        { level: 'meebeslissen', description: 'De wijk beslist binnen vooraf gestelde kaders, bijvoorbeeld over een budget.', whenToUse: 'Leefbaarheidsbudget, inrichting van een speelplek binnen een budget.' },
      ],
    },
  },
];
