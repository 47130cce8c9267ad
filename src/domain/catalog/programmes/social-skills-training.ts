import type { ProgrammeDefinition } from "../schema";
import {
  BACKGROUND_QUESTIONS,
  PHASE_NAMES,
  PLANNING_TOOLS,
  fourIsMilestones,
} from "../shared/implementation-framework";
import {
  APPLICATION_GUIDE_SOURCE,
  MONITORING_FIELDS,
  START_UP_MEETING_MONTH,
  SUPPORT_ELEMENTS,
} from "../shared/uip-application-guide";

/**
 * Social Færdighedstræning (Training of Social Skills, "ToSS") — seed 000 (English, July 2019), plus
 * seed 003 for what the application guide adds (staff numbers, monitoring, the five support elements).
 * 000 has no milestone list: the milestones below are derived from its text and marked `verbatim: false`,
 * each with the passage it comes from. Danish follows the parallel Danish guide (002) where the text is
 * the same; the rest is translated from 000.
 */

const SOURCE = "000_8dfb8004a59ac219.txt";

const PREPARATION = { da: "Forberedelse", en: "Preparation" };
const COMPETENCES = { da: "Kompetenceudvikling", en: "Competence development" };
const STATUS = { da: "Status og supervision", en: "Status and supervision" };
const ANCHORING = { da: "Forankring", en: "Anchoring" };

export const socialSkillsTraining: ProgrammeDefinition = {
  id: "social-skills-training",
  name: { da: "Social Færdighedstræning (SFT)", en: "Training of Social Skills (ToSS)" },
  source: SOURCE,
  supplementarySources: [APPLICATION_GUIDE_SOURCE],
  documentTitle: {
    da: "Implementering af Social Færdighedstræning – rådgivning og uddannelse",
    en: "Implementation of Training of Social Skills – Guidance and education",
  },
  documentDate: "2019-07",
  description: {
    da: "Socialstyrelsens implementeringsstøtte og kompetenceudvikling i Social Færdighedstræning: tre faser, der samlet set varer cirka to år.",
    en: "The National Board of Social Services' implementation support and skills development in Training of Social Skills: three phases which in total last about two years.",
  },
  durationMonths: 24,
  phases: [
    {
      id: "preparation",
      name: PHASE_NAMES.preparation,
      months: 6,
      monthsBasis: "stated",
      description: {
        da: "Forberedelsesfasen er der, hvor indsatsen planlægges og igangsættes. Den igangsættes umiddelbart efter, der er givet tilsagn om implementeringsstøtten.",
        en: "The phase of preparation is where the efforts are planned and initiated. It will commence immediately after the implementation aid has been committed.",
      },
      source: "000, Phase of Preparation: 'Approx. 6 months'",
    },
    {
      id: "change",
      name: PHASE_NAMES.change,
      months: 14,
      monthsBasis: "stated",
      description: {
        da: "Forandringsfasen er den fase, hvor medarbejderne er uddannet i metoden og er begyndt at anvende den i praksis. Det er her, intentionerne i implementeringsplanen skal føres ud i livet.",
        en: "The phase of change is the phase where the employees are trained in the method and have started to use it in praxis. It is at this stage that the intentions of the implementation plan must be brought to live.",
      },
      source:
        "000, The phase of change: 'supported by the National Board of Social Services for approximately 14 months'; Phase of Change: 'Approx. 14 months'",
    },
    {
      id: "anchoring",
      name: PHASE_NAMES.anchoring,
      months: 4,
      monthsBasis: "stated",
      description: {
        da: "Forankringsfasen er der, hvor I reviderer implementeringsplanen og sikrer det fortsatte fokus på arbejdet med metoden. Når der er udarbejdet en forankringsplan, ophører samarbejdet med Socialstyrelsen.",
        en: "The phase of anchoring is where you revise the implementation plan and ensure the continued focus on the work with the method. Once an anchoring plan has been drawn up, the collaboration with the National Board ends.",
      },
      source: "000, Phase of anchoring: 'approx. 4 months'",
    },
  ],
  milestones: [
    {
      id: "implementation-team",
      group: PREPARATION,
      phase: "preparation",
      title: {
        da: "Der er etableret et implementeringsteam",
        en: "An implementation team has been established",
      },
      intro: {
        da: "Socialstyrelsen anbefaler, at I etablerer et implementeringsteam, der har ansvaret for at sikre den løbende implementering. Socialstyrelsen anbefaler, at implementeringsteamet består af afdelingsleder, de 6 gruppetrænere, udviklingskonsulent og eventuelt andre.",
        en: "The National Board of Social Services recommends that you establish an implementation team that is responsible for ensuring the ongoing implementation. It recommends that the team consists of the department manager, the 6 group trainers, a development consultant and potentially others.",
      },
      questions: [
        {
          id: "who-is-on-the-team",
          da: "Hvem sidder i implementeringsteamet, fx den ansvarlige personaleleder, nøglemedarbejdere (fx TR og AMIR) og centrale interessenter (fx myndighed, jobcenter)?",
          en: "Who is on the implementation team, e.g. the responsible personnel manager, key employees (e.g. TR and AMIR) and key stakeholders (e.g. authority, job centres)?",
          planSection: "institutional",
        },
        {
          id: "recommended-members",
          da: "Indgår afdelingslederen, de 6 gruppetrænere og en udviklingskonsulent i teamet, som Socialstyrelsen anbefaler?",
          en: "Are the department manager, the 6 group trainers and a development consultant on the team, as the National Board recommends?",
          planSection: "institutional",
        },
      ],
      source:
        "000, The phase of preparation: 'recommend that you establish an implementation team'; footnote ¹",
      verbatim: false,
    },
    {
      id: "start-up-meeting",
      group: PREPARATION,
      phase: "preparation",
      title: {
        da: "Implementeringsteamet deltager i opstartsmødet",
        en: "The implementation team takes part in the start-up meeting",
      },
      intro: {
        da: "På opstartsmødet deltager projektejer, implementeringsteamet og relevante aktører og ledere. Mødet gennemføres som et fællesmøde i midten af oktober 2019 hos Socialstyrelsen i Odense og er obligatorisk. Her gennemgås de planlagte aktiviteter og den videre proces, og Socialstyrelsen præsenterer værktøjerne til implementeringsplanen.",
        en: "The project owner, the implementation team and relevant actors and managers take part in the start-up meeting. It is held as a joint meeting in mid-October 2019 at the National Board of Social Services in Odense and is mandatory. The planned activities and the further process are reviewed, and the National Board presents the tools for the implementation plan.",
      },
      questions: [
        {
          id: "signed-up",
          da: "Er projektejer, implementeringsteam og relevante aktører og ledere tilmeldt opstartsmødet?",
          en: "Are the project owner, the implementation team and relevant actors and managers signed up for the start-up meeting?",
        },
      ],
      source:
        "000, The phase of preparation: 'At the start-up meeting, the project owner, the implementation team…'; footnote ²; 003, Behovsafklaring: 'Mødet er obligatorisk'",
      verbatim: false,
    },
    {
      id: "implementation-background",
      group: PREPARATION,
      phase: "preparation",
      title: {
        da: "Baggrunden for implementeringen er beskrevet",
        en: "The background of the implementation is described",
      },
      intro: {
        da: "Implementeringsplanen tager udgangspunkt i Socialstyrelsens ramme for implementering. Den har dels fokus på baggrunden for implementeringen af metoden.",
        en: "The implementation plan is based on the National Board's framework for implementation. It focuses partly on the background of the implementation of the method.",
      },
      questions: BACKGROUND_QUESTIONS,
      source: "000, The phase of preparation: 'why is the method wanted implemented? to whom? …'",
      verbatim: false,
    },
    {
      id: "planning-tools",
      group: PREPARATION,
      phase: "preparation",
      title: {
        da: "Værktøjerne til implementeringsplanen er anvendt",
        en: "The tools for the implementation plan have been used",
      },
      intro: {
        da: "Socialstyrelsen præsenterer på opstartsmødet en række værktøjer, der skal danne grundlag for jeres arbejde med at udarbejde en implementeringsplan.",
        en: "At the start-up meeting the National Board presents several tools that form the basis for your work on developing an implementation plan.",
      },
      questions: PLANNING_TOOLS.map((entry) => entry.question),
      source: "000, The phase of preparation: 'The tools include'",
      verbatim: false,
    },
    ...fourIsMilestones("000, The phase of preparation: 'the four I … / the four C'", "en"),
    {
      id: "implementation-plan",
      group: PREPARATION,
      phase: "preparation",
      title: {
        da: "Implementeringsplanen er udarbejdet på workshoppen",
        en: "The implementation plan has been developed at the workshop",
      },
      intro: {
        da: "Implementeringsplansworkshoppen gennemføres og planlægges af implementeringsteamet, evt. med støtte fra Socialstyrelsens medarbejdere. Målet er at samle alle de relevante aktører og udarbejde en plan for implementeringen.",
        en: "The implementation planning workshop is carried out and planned by the implementation team, potentially with support from the National Board's employees. The goal is to gather all the relevant actors and develop a plan for implementation.",
      },
      questions: [
        {
          id: "workshop-planned",
          da: "Er implementeringsplansworkshoppen planlagt af implementeringsteamet?",
          en: "Has the implementation team planned the implementation planning workshop?",
        },
        {
          id: "workshop-participants",
          da: "Skal der inviteres andre til workshoppen, fx repræsentanter fra myndighed, jobcenter eller borgere?",
          en: "Should others be invited to the workshop, e.g. representatives from authority, job centre or citizens?",
        },
        {
          id: "plan-drawn-up",
          da: "Er implementeringsplanen udarbejdet?",
          en: "Has the implementation plan been developed?",
        },
      ],
      source:
        "000, The phase of preparation: 'The implementation planning workshop is carried out…'; footnote ³",
      verbatim: false,
    },
    {
      id: "resources-prioritised",
      group: PREPARATION,
      phase: "preparation",
      title: {
        da: "Kommunen har prioriteret ressourcer til implementeringen",
        en: "The municipality has prioritised resources for the implementation",
      },
      intro: {
        da: "Socialstyrelsen bidrager med gratis uddannelse, supervision og implementeringsrådgivning. Kommunen forventes at prioritere arbejdet med at implementere metoden i driften og at prioritere ressourcer til det, kommunen skal bidrage med.",
        en: "The National Board contributes training, supervision and implementation advice free of charge. The municipality is expected to prioritize the work of implementing the method in operation and to prioritize resources for what it must contribute.",
      },
      questions: [
        {
          id: "training-release",
          da: "Er medarbejderne frikøbt til uddannelsesaktiviteterne (4 dage for gruppetrænere)?",
          en: "Have employees been released for training activities (4 days for group trainers)?",
          planSection: "individual",
        },
        {
          id: "supervision-attendance",
          da: "Er det sikret, at gruppetrænerne deltager 20 gange i månedlig supervision af 3½ time med partnerkommunen, og er transporten til supervisor på plads?",
          en: "Is it ensured that the group trainers take part 20 times in monthly supervision of 3½ hours with the partner municipality, and is transport to the supervisor in place?",
        },
        {
          id: "project-management",
          da: "Er projektledelsen på plads?",
          en: "Is project management in place?",
          planSection: "institutional",
        },
        {
          id: "status-meeting-time",
          da: "Er der afsat tid til månedlige statusmøder med Socialstyrelsen?",
          en: "Has time been set aside for monthly status meetings with the National Board?",
        },
        {
          id: "team-work-time",
          da: "Er der afsat tid til implementeringsteamets arbejde?",
          en: "Has time been set aside for the work of the implementation team?",
        },
        {
          id: "accommodation-budget",
          da: "Er der budget til eventuel overnatning i forbindelse med uddannelsesaktiviteterne?",
          en: "Is there a budget for any accommodation related to the educational activities?",
          planSection: "infrastructural",
        },
      ],
      source: "000, The municipality must contribute",
      verbatim: false,
    },
    {
      id: "group-trainers-selected",
      group: COMPETENCES,
      phase: "preparation",
      title: {
        da: "Gruppetrænerne er udvalgt og tilmeldt uddannelsen",
        en: "The group trainers are selected and enrolled in the training",
      },
      intro: {
        da: "Hver kommune har mulighed for at få uddannet op til seks gruppetrænere. Grunduddannelsen som gruppetræner er fire dage, typisk på et kursuscenter, mandag 18. november – torsdag 21. november 2019. Socialstyrelsen betaler undervisning og udgifter; I skal selv afholde udgifter til transport og eventuel overnatning.",
        en: "Each municipality has the opportunity to train up to six group coaches. Initial training as a group coach is a four-day education, typically at a course centre, Monday 18 November – Thursday 21 November 2019. The National Board pays for tuition and expenses; you bear the expenses for transport and potential accommodation.",
      },
      questions: [
        {
          id: "who-are-group-trainers",
          da: "Hvilke op til 6 medarbejdere skal uddannes til gruppetrænere?",
          en: "Which up to 6 employees are to be trained as group trainers?",
          planSection: "individual",
        },
        {
          id: "released-for-training",
          da: "Er gruppetrænerne frikøbt til de 4 dages uddannelse?",
          en: "Have the group trainers been released for the 4-day training?",
        },
        {
          id: "transport-and-accommodation",
          da: "Er transport og eventuel overnatning til uddannelsen på plads?",
          en: "Are transport and potential accommodation for the training in place?",
        },
      ],
      source:
        "000, Training of group coaches; footnote ⁴; 003, Uddannelse af medarbejdere i metoden: 'op til 6 medarbejdere uddannes som gruppetrænere'",
      verbatim: false,
    },
    {
      id: "introductory-course-participants",
      group: COMPETENCES,
      phase: "preparation",
      title: {
        da: "Deltagerne i introduktionskurset er udvalgt",
        en: "The participants in the introductory course are selected",
      },
      intro: {
        da: "Der gennemføres et 1-dags introduktionskursus for øvrige relevante medarbejdere (cirka 24 medarbejdere og relevante ledere). Det er relevant, at de medarbejdere, der har kontakt til borgerne i Social Færdighedstræning, tilbydes kurset, at nogle pladser tilbydes centrale samarbejdspartnere, og at personalelederen deltager.",
        en: "A one-day introductory course is conducted for other relevant employees (approximately 24 employees and relevant managers). It is relevant that the employees in contact with the citizens receiving Training of Social Skills are offered the course, that some seats are offered to central collaboration partners, and that the staff manager participates.",
      },
      questions: [
        {
          id: "course-participants",
          da: "Hvilke medarbejdere og ledere, der har kontakt til borgerne i Social Færdighedstræning, skal deltage i introduktionskurset?",
          en: "Which employees and managers in contact with the citizens receiving Training of Social Skills are to take part in the introductory course?",
          planSection: "individual",
        },
        {
          id: "seats-for-partners",
          da: "Skal nogle af pladserne tilbydes centrale samarbejdspartnere, fx myndighed, jobcenter og psykiatri?",
          en: "Should some of the seats be offered to central collaboration partners, such as authority, job centres and psychiatry?",
          planSection: "interpersonal",
        },
        {
          id: "staff-manager-attends",
          da: "Deltager personalelederen i introduktionskurset?",
          en: "Does the staff manager take part in the introductory course?",
        },
      ],
      source: "000, Introductory course in Training of Social Skills; footnote ⁶",
      verbatim: false,
    },
    {
      id: "managers-and-local-supervisor",
      group: COMPETENCES,
      title: {
        da: "Ledernes kursusdag og den lokale supervisor er på plads",
        en: "The managers' course day and the local supervisor are in place",
      },
      intro: {
        da: "Lederne tilbydes undervisning og workshops om erfaringerne med at arbejde med og implementere Social Færdighedstræning. Derudover tilbydes et 4-dages kursus, der uddanner en lokal supervisor i kommunen; der er afsat 30 timers supervision til supervisoren efter uddannelsen.",
        en: "Managers are offered teaching and workshops on the experience of working with and implementing Training of Social Skills. In addition, a four-day course trains a local supervisor in the municipality; 30 hours of supervision are allocated to the supervisor after the training.",
      },
      questions: [
        {
          id: "managers-course-day",
          da: "Hvilke ledere deltager i kursusdagen for ledere?",
          en: "Which managers take part in the course day for managers?",
        },
        {
          id: "local-supervisor",
          da: "Hvem skal uddannes til lokal supervisor på det 4-dages kursus?",
          en: "Who is to be trained as local supervisor on the four-day course?",
          planSection: "individual",
        },
        {
          id: "supervisor-hours",
          da: "Hvordan skal de 30 timers supervision til supervisoren bruges?",
          en: "How are the supervisor's 30 hours of supervision to be used?",
        },
      ],
      source: "000, Course day for managers; Training of supervisors in Training of Social Skills",
      verbatim: false,
    },
    {
      id: "status-and-supervision",
      group: STATUS,
      phase: "change",
      title: {
        da: "Statusmøder, teammøder og supervision kører",
        en: "Status meetings, team meetings and supervision are running",
      },
      intro: {
        da: "Projektleder og afdelingsleder holder månedlige statusmøder med Socialstyrelsen – eller efter behov – og implementeringsteamet anbefales at mødes månedligt. De seks gruppetrænere er til månedlig supervision (3½ time) de næste 20 måneder sammen med en partnerkommune. En SFT-session er en ugentlig session på 1½ time over 9 måneder: 1 time til sessionen og ½ time til evaluering.",
        en: "The project manager and department manager hold monthly status meetings with the National Board – or as needed – and the implementation team is recommended a monthly meeting. The six group trainers are at monthly supervision (3½ hours) for the next 20 months together with a partner municipality. A ToSS session is a weekly session of 1½ hours over 9 months: 1 hour for the session and ½ hour evaluation.",
      },
      questions: [
        {
          id: "status-meetings-agreed",
          da: "Er de månedlige statusmøder mellem projektleder, afdelingsleder og Socialstyrelsen aftalt?",
          en: "Are the monthly status meetings between the project manager, department manager and the National Board agreed?",
        },
        {
          id: "team-meets-monthly",
          da: "Holder implementeringsteamet et månedligt møde?",
          en: "Does the implementation team hold a monthly meeting?",
        },
        {
          id: "supervision-attendance",
          da: "Deltager gruppetrænerne i den månedlige supervision sammen med partnerkommunen?",
          en: "Do the group trainers attend the monthly supervision with the partner municipality?",
        },
        {
          id: "session-time",
          da: "Er der afsat 1 time til hver session og ½ time til evaluering efter hver session?",
          en: "Is 1 hour dedicated to each session and ½ hour to evaluation after each session?",
        },
        {
          id: "method-maintained",
          da: "Hvordan sikres det, at medarbejderne fastholder metoden i praksis?",
          en: "How is it ensured that employees maintain the method in practice?",
        },
      ],
      source:
        "000, The phase of change: 'status meetings with the implementation team and management'; footnotes ⁵, ⁷, ⁸, ⁹",
      verbatim: false,
    },
    {
      id: "collaboration-with-central-actors",
      group: STATUS,
      phase: "change",
      title: {
        da: "Samarbejdsrelationerne til centrale aktører fungerer",
        en: "Collaborative relationships with central actors are working",
      },
      intro: {
        da: "I forandringsfasen skal intentionerne i implementeringsplanen føres ud i livet. Det er vigtigt at have fokus på samarbejdsrelationer til centrale aktører. På statusmøderne kan implementeringsplanen justeres, og organisatoriske eller faglige udfordringer med metoden drøftes.",
        en: "In the phase of change the intentions of the implementation plan must be brought to life. It is important to focus on collaborative relationships with central actors. At the status meetings the implementation plan may be adjusted and organisational or professional challenges with the method discussed.",
      },
      questions: [
        {
          id: "central-actors-collaboration",
          da: "Hvordan fungerer samarbejdet med centrale aktører (jobcenter, myndighed, regional psykiatri, misbrugsbehandling, familiebehandling mv.)?",
          en: "How is the collaboration with central actors (job centre, authority, regional psychiatry, substance abuse treatment, family therapy etc.) working?",
          planSection: "interpersonal",
        },
        {
          id: "plan-adjustment",
          da: "Skal implementeringsplanen justeres?",
          en: "Does the implementation plan need adjusting?",
        },
        {
          id: "challenges-to-discuss",
          da: "Er der organisatoriske eller faglige udfordringer med metoden, som skal drøftes?",
          en: "Are there organisational or professional challenges with the method to discuss?",
        },
      ],
      source: "000, The phase of change",
      verbatim: false,
    },
    {
      id: "anchoring-plan",
      group: ANCHORING,
      phase: "anchoring",
      title: {
        da: "Der er udarbejdet en forankringsplan",
        en: "An anchoring plan has been drawn up",
      },
      intro: {
        da: "I forankringsfasen reviderer I implementeringsplanen og sikrer det fortsatte fokus på arbejdet med metoden. Implementeringsteamet udarbejder en status i forhold til de samme elementer som på implementeringsplansworkshoppen og planlægger og afholder en workshop om forankring. Når forankringsplanen er udarbejdet, ophører samarbejdet med Socialstyrelsen.",
        en: "In the phase of anchoring you revise the implementation plan and ensure the continued focus on the work with the method. The implementation team develops a status on the same elements as at the implementation planning workshop and plans and arranges a workshop for anchoring. Once the anchoring plan has been drawn up, the collaboration with the National Board ends.",
      },
      questions: [
        {
          id: "plan-revised",
          da: "Er implementeringsplanen revideret?",
          en: "Has the implementation plan been revised?",
        },
        {
          id: "status-on-plan-elements",
          da: "Er der udarbejdet en status i forhold til de samme elementer som på implementeringsplansworkshoppen?",
          en: "Has a status been developed on the same elements as at the implementation planning workshop?",
        },
        {
          id: "anchoring-workshop-planned",
          da: "Har implementeringsteamet planlagt og afholdt workshoppen om forankring?",
          en: "Has the implementation team planned and arranged the anchoring workshop?",
        },
        {
          id: "continued-focus",
          da: "Hvordan sikres det fortsatte fokus på arbejdet med metoden?",
          en: "How is the continued focus on the work with the method ensured?",
        },
      ],
      source: "000, The phase of anchoring; footnote ¹⁰",
      verbatim: false,
    },
  ],
  activities: [
    {
      id: "initial-telephone-conference",
      kind: "other",
      name: { da: "Indledende telefonmøde", en: "Initial telephone conference" },
      phase: "preparation",
      cadence: "once",
      source: "000, The phase of preparation: 'Initial telephone conference'",
    },
    {
      id: "start-up-meeting",
      kind: "start-up-meeting",
      name: { da: "Opstartsmøde for alle kommuner", en: "Start-up meeting for all municipalities" },
      phase: "preparation",
      cadence: "once",
      count: 1,
      date: START_UP_MEETING_MONTH,
      participants: {
        da: "Projektejer, implementeringsteamet og relevante aktører og ledere",
        en: "The project owner, the implementation team and relevant actors and managers",
      },
      location: {
        da: "Socialstyrelsen, Odense",
        en: "The National Board of Social Services, Odense",
      },
      note: { da: "Midten af oktober 2019; obligatorisk.", en: "Mid-October 2019; mandatory." },
      source:
        "000, The phase of preparation: 'mid-October 2019 at the National Board of Social Services in Odense'; 003, Behovsafklaring",
    },
    {
      id: "implementation-planning-workshop",
      kind: "planning-workshop",
      name: { da: "Implementeringsplansworkshop", en: "Implementation planning workshop" },
      phase: "preparation",
      cadence: "once",
      count: 1,
      participants: {
        da: "Implementeringsteamet; I beslutter, om fx repræsentanter fra myndighed, jobcenter og borgere inviteres",
        en: "The implementation team; you decide whether e.g. representatives from authority, job centre and citizens are invited",
      },
      source: "000, The phase of preparation: 'Implementation planning workshop'; footnote ³",
    },
    {
      id: "status-meeting",
      kind: "status-meeting",
      name: {
        da: "Statusmøde med Socialstyrelsen",
        en: "Status meeting with the National Board of Social Services",
      },
      cadence: "monthly",
      participants: {
        da: "Projektleder og afdelingsleder",
        en: "Project manager and department manager",
      },
      note: { da: "Månedligt – eller efter behov.", en: "Monthly – or as needed." },
      source: "000, footnote ⁵; The municipality must contribute: 'Monthly status meetings'",
    },
    {
      id: "implementation-team-meeting",
      kind: "team-meeting",
      name: { da: "Møde i implementeringsteamet", en: "Implementation team meeting" },
      phase: "change",
      cadence: "monthly",
      participants: { da: "Implementeringsteamet", en: "The implementation team" },
      source: "000, footnote ⁷: 'a monthly meeting for the implementation team'",
    },
    {
      id: "group-trainer-training",
      kind: "course",
      name: { da: "Uddannelse af gruppetrænere", en: "Training of group coaches" },
      phase: "preparation",
      cadence: "once",
      count: 1,
      days: 4,
      seats: 6,
      date: "2019-11-18",
      endDate: "2019-11-21",
      participants: {
        da: "Op til 6 medarbejdere, der uddannes til gruppetrænere",
        en: "Up to 6 employees trained as group trainers",
      },
      location: { da: "Typisk et kursuscenter", en: "Typically a course centre" },
      note: {
        da: "Socialstyrelsen betaler undervisning og udgifter; kommunen betaler transport og eventuel overnatning. Underviser: Allan Fohlmann.",
        en: "The National Board pays tuition and expenses; the municipality pays transport and potential accommodation. Trainer: Allan Fohlmann.",
      },
      source:
        "000, Training of group coaches: 'Monday, November 18, 2019 - Thursday, November 21, 2019'; footnote ⁴",
    },
    {
      id: "group-trainer-supervision",
      kind: "supervision",
      name: {
        da: "Månedlig supervision af gruppetrænerne",
        en: "Monthly supervision of the group trainers",
      },
      phase: "change",
      cadence: "monthly",
      count: 20,
      hours: 3.5,
      totalHours: 70,
      spanMonths: 20,
      participants: {
        da: "De seks gruppetrænere sammen med en partnerkommune",
        en: "The six group trainers together with a partner municipality",
      },
      note: {
        da: "Afsnittet om uddannelse af gruppetrænere nævner 'omkring 15 supervisionsforløb'; kommunens bidrag og fodnote 9 siger 20 månedlige supervisioner af 3½ time, som bruges her.",
        en: "The section on training of group coaches mentions 'about 15 supervision courses'; the municipality's contribution and footnote 9 say 20 monthly supervisions of 3½ hours, which is used here.",
      },
      source:
        "000, The municipality must contribute: 'participate 20 times in monthly supervision of 3½ hours'; footnote ⁹",
    },
    {
      id: "introductory-course",
      kind: "course",
      name: {
        da: "Introduktionskursus i Social Færdighedstræning",
        en: "Introductory course in Training of Social Skills",
      },
      phase: "preparation",
      cadence: "once",
      count: 1,
      days: 1,
      seats: 24,
      participants: {
        da: "Øvrige relevante medarbejdere og ledere, evt. centrale samarbejdspartnere",
        en: "Other relevant employees and managers, possibly central collaboration partners",
      },
      note: {
        da: "'Cirka 24 medarbejdere (og relevante ledere)'; fodnote 6 siger 25+, og 003 siger op til cirka 25.",
        en: "'Approximately 24 employees (and relevant managers)'; footnote 6 says 25+, and 003 says up to approximately 25.",
      },
      source:
        "000, Skills development: 'Introductory course for approximately 24 employees'; Introductory course; footnote ⁶",
    },
    {
      id: "managers-course-day",
      kind: "course",
      name: { da: "Kursusdag for ledere", en: "Course day for managers" },
      cadence: "once",
      count: 1,
      days: 1,
      participants: { da: "Ledere", en: "Managers" },
      source: "000, Course day for managers",
    },
    {
      id: "supervisor-training",
      kind: "course",
      name: {
        da: "Uddannelse af supervisor i Social Færdighedstræning",
        en: "Training of supervisors in Training of Social Skills",
      },
      cadence: "once",
      count: 1,
      days: 4,
      seats: 1,
      participants: {
        da: "En lokal supervisor i kommunen",
        en: "A local supervisor in the municipality",
      },
      source: "000, Training of supervisors in Training of Social Skills: 'A four-day course'",
    },
    {
      id: "supervisor-supervision",
      kind: "supervision",
      name: {
        da: "Supervision af den lokale supervisor",
        en: "Supervision of the local supervisor",
      },
      cadence: "ad-hoc",
      totalHours: 30,
      participants: { da: "Den lokale supervisor", en: "The local supervisor" },
      source:
        "000, Training of supervisors: '30 hours of supervision have been allocated to the supervisor after the training'",
    },
    {
      id: "toss-session",
      kind: "session",
      name: { da: "SFT-session", en: "ToSS session" },
      phase: "change",
      cadence: "weekly",
      hours: 1.5,
      spanMonths: 9,
      participants: {
        da: "Gruppetrænerne og borgerne i gruppen",
        en: "The group trainers and the citizens in the group",
      },
      note: {
        da: "1 time til sessionen og ½ time til evaluering efter hver session.",
        en: "1 hour for the session and ½ hour evaluation after each session.",
      },
      source: "000, footnote ⁸: 'a weekly session of 1½ hour over 9 months'",
    },
    {
      id: "anchoring-workshop",
      kind: "anchoring-workshop",
      name: { da: "Workshop om forankring", en: "Workshop for anchoring" },
      phase: "anchoring",
      cadence: "once",
      count: 1,
      participants: {
        da: "Implementeringsteamet planlægger og afholder",
        en: "Planned and arranged by the implementation team",
      },
      source:
        "000, footnote ¹⁰: 'The implementation team plans and arranges a workshop for anchoring'",
    },
  ],
  defaults: {
    statusMeeting: { cadence: "monthly", basis: "document", source: "000, footnote ⁵" },
    supervision: { cadence: "monthly", basis: "document", source: "000, footnote ⁹" },
    teamMeeting: { cadence: "monthly", basis: "document", source: "000, footnote ⁷" },
  },
  staffing: [
    {
      role: { da: "Gruppetrænere", en: "Group trainers" },
      upTo: 6,
      source:
        "000, Training of group coaches: 'up to six group coaches'; 003: 'op til 6 medarbejdere uddannes som gruppetrænere'",
    },
    {
      role: {
        da: "Deltagere i 1-dags introduktion",
        en: "Participants in the one-day introduction",
      },
      upTo: 25,
      note: {
        da: "000 siger cirka 24 (fodnote 6: 25+); 003 siger op til cirka 25.",
        en: "000 says approximately 24 (footnote 6: 25+); 003 says up to approximately 25.",
      },
      source:
        "003, Uddannelse af medarbejdere i metoden: 'de restende medarbejdere (op til cirka 25) får en 1-dages introduktion'",
    },
    {
      role: { da: "Lokal supervisor", en: "Local supervisor" },
      upTo: 1,
      source: "000, Training of supervisors: 'train a local supervisor in your municipality'",
    },
  ],
  municipalContributions: [
    {
      da: "Frikøb af medarbejdere til uddannelsesaktiviteter (4 dage for gruppetrænere)",
      en: "Redeem employees for training activities (4 days for group coaches)",
    },
    {
      da: "Sikre at gruppetrænerne deltager 20 gange i månedlig supervision af 3½ time med partnerkommune, samt transport til supervisor (kan være i partnerkommunen)",
      en: "Ensure that team coaches participate 20 times in monthly supervision of 3½ hours with partner municipality, as well as transport to the supervisor (may be in the partner municipality)",
    },
    { da: "Projektledelse", en: "Project Management" },
    {
      da: "Månedlige statusmøder med Socialstyrelsen",
      en: "Monthly status meetings with the National Board of Social Services",
    },
    {
      da: "Deltagelse i Socialstyrelsens opstartsmøde",
      en: "Participation in the start-up meeting of the National Board of Social Services",
    },
    {
      da: "Organisering af implementeringsplansworkshop",
      en: "Organization of implementation planning workshop",
    },
    { da: "Implementeringsteamets arbejde", en: "The work of the implementation team" },
    {
      da: "Afholde eventuelle udgifter til overnatning i forbindelse med uddannelsesaktiviteter",
      en: "Account for any accommodation expenses related to educational activities",
    },
  ].map((text) => ({ text, source: "000, The municipality must contribute" })),
  supportElements: SUPPORT_ELEMENTS,
  monitoring: MONITORING_FIELDS,
};
