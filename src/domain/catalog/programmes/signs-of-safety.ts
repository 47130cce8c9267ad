import type { ProgrammeDefinition } from "../schema";

/**
 * Signs of Safety — seed 001 (Socialstyrelsen, "Implementeringsvejledning, Signs of Safety").
 * Every milestone under its driver, with its intro text and every guiding question, in the document's
 * order. Danish is verbatim from the document (including its own spellings, e.g. "resultatopfølgingsmodel").
 */

const SOURCE = "001_d2f23570e3154eb8.txt";

const LEDELSE = { da: "Ledelse", en: "Leadership" };
const KOMPETENCER = { da: "Kompetencer", en: "Competences" };
const ORGANISERING = { da: "Organisering", en: "Organisation" };

export const signsOfSafety: ProgrammeDefinition = {
  id: "signs-of-safety",
  name: { da: "Signs of Safety", en: "Signs of Safety" },
  source: SOURCE,
  documentTitle: {
    da: "Implementeringsvejledning – Signs of Safety",
    en: "Implementation guide – Signs of Safety",
  },
  description: {
    da: "Implementeringsvejledningen kan fungere som en 'tjekliste' over hvilke overvejelser og beslutninger, der er nødvendige for at forberede og gennemføre en vellykket implementering af metoden. Den er opdelt i tre faktorer: Ledelse, kompetence og organisation.",
    en: "The implementation guide can serve as a 'checklist' of the considerations and decisions needed to prepare and carry out a successful implementation of the method. It is divided into three drivers: leadership, competence and organisation.",
  },
  durationMonths: null,
  // 001 has no phase model: its milestones are grouped by driver only.
  phases: [],
  milestones: [
    {
      id: "goals-and-target-group",
      group: LEDELSE,
      title: {
        da: "Kommunens mål med og målgruppe for indsatsen er beskrevet",
        en: "The municipality's goals for and target group of the intervention are described",
      },
      intro: {
        da: "Det er vigtigt for arbejdet med metoden at fastsætte kommunens formål og mål med indsatsen. Det vil overfor medarbejdere tydeliggøre, i hvilke type sager metoden skal anvendes, og hvorfor det er formålstjenligt at anvende metoden fremfor at sagsbehandle som hidtil. Samtidig vil det sikre, at der er kontinuerligt fokus på arbejdet med metoden, hvis der er klare mål for, hvordan og i hvor mange sager, metoden skal anvendes.",
        en: "For the work with the method it is important to set the municipality's purpose and goals for the intervention. This makes clear to staff in which types of cases the method is to be used, and why it serves the purpose to use the method rather than handle cases as before. At the same time, clear goals for how and in how many cases the method is to be used ensure a continuous focus on the work with the method.",
      },
      questions: [
        {
          id: "target-group-changes",
          da: "Hvilke forandringer ønsker kommunen, at indsatsen skal skabe for målgruppen?",
          en: "What changes does the municipality want the intervention to bring about for the target group?",
          planSection: "success-goals",
        },
        {
          id: "cases-next-year",
          da: "I hvor mange sager skal metoden anvendes i det kommende år?",
          en: "In how many cases is the method to be used in the coming year?",
          planSection: "success-goals",
        },
        {
          id: "excluded-case-types",
          da: "Er der typer af sager, metoden ikke skal anvendes i?",
          en: "Are there types of cases in which the method is not to be used?",
          planSection: "target-group",
        },
      ],
      source: "001, Ledelse › Milepæl: Kommunens mål med og målgruppe for indsatsen er beskrevet",
      verbatim: true,
    },
    {
      id: "leadership-responsibility",
      group: LEDELSE,
      title: {
        da: "Det ledelsesmæssige ansvar og beslutningskompetence er tydeligt placeret",
        en: "Management responsibility and decision-making authority are clearly placed",
      },
      intro: {
        da: "Det er vigtigt, at det er tydeligt for både ledere og medarbejdere, hvem i ledelsen, der har det overordnede ansvar og kan træffe beslutninger vedrørende implementeringen og arbejdet med metoden. Allerede når det beslutes, at der skal arbejdes med metoden, skal der tages vigtige beslutninger, som har konsekvens for det fremadrettede arbejde. Overordnede strategier for målgruppe, mål for arbejdet med indsatsen, budget, rammer, uddelegering af ansvar og opgaver til afdelingsledere og andre samt opfølgning på, hvordan implementeringen skrider frem, er nogle eksempler på vigtige områder, der skal tages beslutninger om. Den tydelige placering af dette ansvar er med til at skabe ro og fokus på en god implementering i organisationen.",
        en: "It is important that both managers and staff know clearly who in management has the overall responsibility and can take decisions about the implementation and the work with the method. As soon as it is decided to work with the method, important decisions must be taken that affect the work ahead. Overall strategies for the target group, goals for the work with the intervention, budget, framework, delegation of responsibility and tasks to department managers and others, and follow-up on how the implementation is progressing are some examples of important areas that need decisions. Placing this responsibility clearly helps create calm and focus on a good implementation in the organisation.",
      },
      questions: [
        {
          id: "overall-responsibility",
          da: "Hvem har det overordnede ansvar for implementeringen i alle enheder?",
          en: "Who has the overall responsibility for the implementation across all units?",
          planSection: "institutional",
        },
        {
          id: "unit-responsibility",
          da: "Hvem i de enkelte enheder har det overordnede ansvar for implementeringen?",
          en: "Who in each unit has the overall responsibility for the implementation?",
          planSection: "institutional",
        },
      ],
      source:
        "001, Ledelse › Milepæl: Det ledelsesmæssige ansvar og beslutningskompetence er tydeligt placeret",
      verbatim: true,
    },
    {
      id: "implementation-team",
      group: LEDELSE,
      title: {
        da: "Der er nedsat et beslutningsdygtigt implementeringsteam",
        en: "An implementation team with decision-making power has been set up",
      },
      intro: {
        da: "For at sikre en succesfuld implementering og god kvalitet i det fremadrettede arbejde med metoden er det vigtigt, at der etableres et implementeringsteam bestående af eksempelvis faglige ledere eller teamledere fra alle de involverede enheder. Implementeringsteamet har ansvaret for den daglige implementering og fremdrift. Teamets opgaver er at sikre, at medarbejdere og ledelse taler sammen og løser problemer ud fra et fælles udgangspunkt. Herudover skal teamet sikre, at medarbejdere får de samme rammer og vilkår for arbejdet med metoden.",
        en: "To ensure a successful implementation and good quality in the future work with the method, it is important to establish an implementation team made up of, for example, professional managers or team leaders from all the units involved. The implementation team is responsible for the day-to-day implementation and progress. The team's tasks are to make sure that staff and management talk to each other and solve problems from a shared starting point. The team must also make sure that staff get the same framework and conditions for working with the method.",
      },
      questions: [
        {
          id: "coordinating-meetings",
          da: "Hvordan er det muligt at afholde koordinerende møder i implementeringsteamet?",
          en: "How can coordinating meetings be held in the implementation team?",
          planSection: "institutional",
        },
        {
          id: "progress-tools",
          da: "Findes der redskaber i organisationen, som kan anvendes til at sikre fremdrift i implementeringen af metoden?",
          en: "Are there tools in the organisation that can be used to ensure progress in implementing the method?",
          planSection: "institutional",
        },
        {
          id: "compensation-under-agreements",
          da: "Hvordan kan rammer og arbejdsvilkår for de forskellige faggrupper tilrettelægges, så alle faggrupper kompenseres efter gældende overenskomstregler?",
          en: "How can the framework and working conditions of the various professional groups be arranged so that all groups are compensated under the applicable collective agreement rules?",
        },
        {
          id: "staff-involvement",
          da: "Hvordan kan medarbejderne involveres i implementeringen?",
          en: "How can staff be involved in the implementation?",
          planSection: "interpersonal",
        },
      ],
      source: "001, Ledelse › Milepæl: Der er nedsat et beslutningsdygtigt implementeringsteam",
      verbatim: true,
    },
    {
      id: "management-information",
      group: LEDELSE,
      title: {
        da: "Der er aftalt procedurer for information til ledelsen",
        en: "Procedures for informing management have been agreed",
      },
      intro: {
        da: "Ledelsens involvering og engagement er af afgørende betydning for medarbejdernes motivation og den faglige kvalitet af indsatsen. For at motivere alle ledelsesniveauer til at engagere sig i implementeringen af indsatsen, er det vigtigt, at der er en løbende dialog mellem de forskellige ledelsesniveauer og medarbejdere, der udfører arbejdet med indsatsen.",
        en: "Management's involvement and commitment are crucial to staff motivation and to the professional quality of the intervention. To motivate all management levels to engage in implementing the intervention, there must be an ongoing dialogue between the management levels and the staff who carry out the work.",
      },
      questions: [
        {
          id: "manager-motivation",
          da: "Hvad motiverer den enkelte leder til at engagere sig i arbejdet med indsatsen nu og fremadrettet?",
          en: "What motivates each manager to engage in the work with the intervention now and in the future?",
          planSection: "individual",
        },
        {
          id: "informing-other-groups",
          da: "Hvordan ønsker den enkelte leder at orientere andre faggrupper om arbejdet med indsatsen på hans/hendes område?",
          en: "How does each manager wish to inform other professional groups about the work with the intervention in his/her area?",
          planSection: "interpersonal",
        },
        {
          id: "informed-by-staff",
          da: "Hvordan ønsker den enkelte leder at holde sig orienteret om arbejdet med indsatsen fra medarbejderne?",
          en: "How does each manager wish to be kept informed by staff about the work with the intervention?",
          planSection: "interpersonal",
        },
        {
          id: "informed-about-other-groups",
          da: "Hvordan ønsker den enkelte leder at holde sig orienteret om, hvordan andre faggrupper og andre dele af organisationen arbejder med indsatsen?",
          en: "How does each manager wish to be kept informed about how other professional groups and other parts of the organisation work with the intervention?",
          planSection: "interpersonal",
        },
      ],
      source: "001, Ledelse › Milepæl: Der er aftalt procedurer for information til ledelsen",
      verbatim: true,
    },
    {
      id: "resources-for-project-period",
      group: LEDELSE,
      title: {
        da: "Der er afsat ressourcer til, at indsatsen kan køre i projektperioden",
        en: "Resources have been set aside so the intervention can run during the project period",
      },
      intro: {
        da: "Kommunen må forvente at skulle afsætte ressourcer i forbindelse med implementeringen af metoden til eksempelvis medarbejdere, der skal på kursus, udførelse af metoden samt til lokale og forplejning under kursusforløbet. Da medarbejdere og ledere skal lære at anvende den nye metode, er det en god idé at beregne ekstra tid til varetagelse af sagsbehandlingen i opstartsfasen.",
        en: "The municipality must expect to set aside resources for implementing the method, for example for staff attending courses, for carrying out the method, and for rooms and catering during the course. As staff and managers have to learn to use the new method, it is a good idea to allow extra time for casework in the start-up phase.",
      },
      questions: [
        {
          id: "time-for-staff-training",
          da: "Er der afsat ressourcer/tid til, at medarbejdere kan uddannes i brug af metoden?",
          en: "Have resources/time been set aside for staff to be trained in using the method?",
          planSection: "individual",
        },
        {
          id: "time-for-casework",
          da: "Er der afsat ressourcer/tid til, at medarbejdere kan opstarte anvendelsen af metoden i relevante sager?",
          en: "Have resources/time been set aside for staff to start using the method in relevant cases?",
          planSection: "individual",
        },
        {
          id: "time-for-coordinator",
          da: "Er der afsat ressourcer/tid til, at en tovholder kan yde sparring til de medarbejdere, som er begyndt at anvende metoden?",
          en: "Have resources/time been set aside for a coordinator to give sparring to the staff who have started using the method?",
          planSection: "individual",
        },
        {
          id: "time-for-manager-training",
          da: "Er der afsat ressourcer/tid til, at ledere kan blive uddannet i metoden?",
          en: "Have resources/time been set aside for managers to be trained in the method?",
          planSection: "individual",
        },
        {
          id: "time-for-management-tasks",
          da: "Er der afsat ressourcer/tid til ledelsesmæssige opgaver i forbindelse med implementeringen? Eksempelvis opmærksomhed på medarbejderes anvendelse af metoden og implementeringsmøder.",
          en: "Have resources/time been set aside for management tasks in connection with the implementation? For example attention to staff's use of the method, and implementation meetings.",
          planSection: "institutional",
        },
        {
          id: "training-room",
          da: "Er der fundet et egnet lokale til afholdelse af uddannelse i metoden?",
          en: "Has a suitable room been found for holding the training in the method?",
          planSection: "infrastructural",
        },
        {
          id: "catering-budget",
          da: "Er der afsat budget til forplejning under uddannelsen?",
          en: "Has a budget been set aside for catering during the training?",
          planSection: "infrastructural",
        },
      ],
      source:
        "001, Ledelse › Milepæl: Der er afsat ressourcer til, at indsatsen kan køre i projektperioden",
      verbatim: true,
    },
    {
      id: "professional-groups-to-train",
      group: KOMPETENCER,
      title: {
        da: "Der er truffet beslutning om hvilke faggrupper, der skal uddannes",
        en: "It has been decided which professional groups are to be trained",
      },
      intro: {
        da: "Når det er besluttet, hvilke fagområder/enheder, der skal samarbejde om anvendelsen af metoden, og hvordan dette samarbejde skal foregå, skal medarbejdere udvælges til at blive uddannet i metoden.",
        en: "Once it has been decided which professional areas/units are to cooperate on using the method, and how this cooperation is to take place, staff must be selected to be trained in the method.",
      },
      questions: [
        {
          id: "professional-areas",
          da: "Hvilke fagområder skal indgå i arbejdet med metoden?",
          en: "Which professional areas are to take part in the work with the method?",
        },
        {
          id: "staff-count",
          da: "Hvor mange medarbejdere er der i de udvalgte fagområder?",
          en: "How many staff are there in the selected professional areas?",
        },
        {
          id: "manager-count",
          da: "Hvor mange ledere er der i de udvalgte fagområder?",
          en: "How many managers are there in the selected professional areas?",
        },
      ],
      source:
        "001, Kompetencer › Milepæl: Der er truffet beslutning om hvilke faggrupper, der skal uddannes",
      verbatim: true,
    },
    {
      id: "coordinator-selected",
      group: KOMPETENCER,
      title: {
        da: "En medarbejder er udvalgt til at være tovholder i organisationen",
        en: "A staff member has been selected as coordinator in the organisation",
      },
      intro: {
        da: "For at integrere metoden i sagsbehandlingen skal der udvælges en tovholder blandt medarbejderne, som kan støtte, opmuntre og hjælpe kolleger/medarbejdere i arbejdet med metoden. Det er motiverende for medarbejdere, at der er mulighed for denne støtte i hverdagen. En tovholder kan være en medarbejder, der i forvejen har kendskab til metoden eller en medarbejder, der er særligt motiveret til at arbejde med metoden. Hvis det er muligt, kan en teamleder eller afdelingsleder også udfylde rollen. For at tovholderen kan udfylde sin rolle i organisationen, er det vigtigt, at der afsættes ressourcer/tid til opgaven.",
        en: "To integrate the method into casework, a coordinator must be selected among the staff who can support, encourage and help colleagues/staff in the work with the method. Having this support available day to day motivates staff. A coordinator can be a staff member who already knows the method or one who is especially motivated to work with it. If possible, a team leader or department manager can also fill the role. For the coordinator to fill the role in the organisation, resources/time must be set aside for the task.",
      },
      questions: [
        {
          id: "experienced-candidate",
          da: "Er der en medarbejder eller en team/afdelingsleder, der i forvejen har positivt kendskab til og erfaring med metoden?",
          en: "Is there a staff member or a team/department manager who already has positive knowledge of and experience with the method?",
          planSection: "individual",
        },
        {
          id: "motivated-candidate",
          da: "Er der en medarbejder eller en team/afdelingsleder, der er særligt motiveret for at anvende metoden?",
          en: "Is there a staff member or a team/department manager who is especially motivated to use the method?",
          planSection: "individual",
        },
        {
          id: "coordinator-resources",
          da: "Kan der afsættes ressourcer til tovholderen, så vedkommende kan udfylde rollen hensigtsmæssigt?",
          en: "Can resources be set aside for the coordinator so that he or she can fill the role appropriately?",
          planSection: "individual",
        },
      ],
      source:
        "001, Kompetencer › Milepæl: En medarbejder er udvalgt til at være tovholder i organisationen",
      verbatim: true,
    },
    {
      id: "working-conditions",
      group: KOMPETENCER,
      title: {
        da: "Arbejdsvilkår/organisering af arbejdstid er besluttet",
        en: "Working conditions/organisation of working hours have been decided",
      },
      intro: {
        da: "Arbejdet med metoden vil ofte indebære, at de netværksinddragende møder vil finde sted uden for faggruppernes normale arbejdstid. Forældre og netværk vil typisk være optaget af arbejde i dagtimerne og kan derfor først mødes sen eftermiddag eller aften. Det er derfor vigtigt, at ledelsen sætter sig ind i regler omkring dette arbejdsvilkår for deres medarbejdere.",
        en: "Working with the method will often mean that the network meetings take place outside the professional groups' normal working hours. Parents and network will typically be at work during the day and can therefore only meet in the late afternoon or evening. It is therefore important that management learns the rules on this working condition for their staff.",
      },
      questions: [
        {
          id: "evening-compensation",
          da: "Hvordan skal medarbejdere kompenseres for aftenarbejde?",
          en: "How are staff to be compensated for evening work?",
        },
        {
          id: "evening-supplement",
          da: "Skal der gives ekstra tillæg til aftenarbejde?",
          en: "Should an extra supplement be paid for evening work?",
        },
        {
          id: "collective-agreement-rules",
          da: "Hvilke regler gælder for de enkelte faggruppers overenskomst?",
          en: "Which rules apply under each professional group's collective agreement?",
        },
      ],
      source: "001, Kompetencer › Milepæl: Arbejdsvilkår/organisering af arbejdstid er besluttet",
      verbatim: true,
    },
    {
      id: "cooperation-with-units",
      group: ORGANISERING,
      title: {
        da: "Samarbejde med relevante enheder i organisationen er på plads",
        en: "Cooperation with relevant units in the organisation is in place",
      },
      intro: {
        da: "Når der er enighed om hvilke enheder, der skal inddrages i et samarbejde om anvendelsen af metoden, er det vigtigt at beslutte, hvordan samarbejdet skal organiseres, og hvem der kan tage beslutning om at anvende metoden. Udarbejd informationsmateriale om brugen af metoden til andre faggrupper og forældre. Jo bedre forældrene er orienteret, og jo flere der er informeret om, at metoden indgår som en del af kommunens tilbudsvifte, og jo bedre forældrene forstår, hvad metoden betyder for barnet/den unge, desto større er sandsynligheden for, at forældrene giver deres samtykke til brug af metoden.",
        en: "Once there is agreement on which units are to be involved in cooperating on the use of the method, it is important to decide how the cooperation is to be organised and who can decide to use the method. Prepare information material on the use of the method for other professional groups and parents. The better informed the parents are, the more people know that the method is part of the municipality's range of services, and the better the parents understand what the method means for the child/young person, the more likely the parents are to consent to the use of the method.",
      },
      questions: [
        {
          id: "unit-cooperation",
          da: "Hvordan skal de forskellige enheder samarbejde?",
          en: "How are the various units to cooperate?",
          planSection: "interpersonal",
        },
        {
          id: "network-meeting-initiative",
          da: "Hvem i organisationen kan tage initiativ til at afholde netværksinddragende møder i organisationen?",
          en: "Who in the organisation can take the initiative to hold network meetings in the organisation?",
          planSection: "interpersonal",
        },
        {
          id: "informing-partners",
          da: "Hvordan kan andre samarbejdspartnere i kommunen orienteres?",
          en: "How can other partners in the municipality be informed?",
          planSection: "interpersonal",
        },
        {
          id: "information-material",
          da: "Hvilken form for informationsmateriale skal kommunen udarbejde for at informere medarbejdere, andre interessenter og forældre om den nye metode?",
          en: "What kind of information material should the municipality prepare to inform staff, other stakeholders and parents about the new method?",
          planSection: "interpersonal",
        },
      ],
      source:
        "001, Organisering › Milepæl: Samarbejde med relevante enheder i organisationen er på plads",
      verbatim: true,
    },
    {
      id: "case-types-decided",
      group: ORGANISERING,
      title: {
        da: "Det er besluttet, hvilke typer sager metoden skal anvendes i",
        en: "It has been decided in which types of cases the method is to be used",
      },
      intro: {
        da: "Ledelsen skal beslutte, hvilke sager metoden skal anvendes i. Metoden kan både anvendes forebyggende i sager, hvor der endnu ikke er tale om anbringelse, og i sager hvor et barn eller ung står foran en anbringelse eller allerede er anbragt. I opstartsfasen er det en god idé, at ledelsen udpeger, hvilke typer af sager metoden skal anvendes i, så der er mulighed for at oparbejde erfaring med metoden, og så de måltal, som er besluttet, kan nås. Udvælgelsen af sager kan ske ud fra eventuelle særlige fokusområder, som kommunen måtte have. For at undgå tvivl om hvem, der kan indstille til brug af metoden, og hvordan metoden kommer i brug, er det en god idé at udarbejde en procedure for dette.",
        en: "Management must decide in which cases the method is to be used. The method can be used preventively in cases where placement is not yet an issue, and in cases where a child or young person faces placement or is already placed. In the start-up phase it is a good idea for management to point out the types of cases in which the method is to be used, so that experience with the method can be built up and the agreed targets can be met. Cases can be selected on the basis of any special focus areas the municipality may have. To avoid doubt about who can recommend using the method and how the method is brought into use, it is a good idea to draw up a procedure for this.",
      },
      questions: [
        {
          id: "preventive-use",
          da: "Skal metoden anvendes forebyggende?",
          en: "Is the method to be used preventively?",
          planSection: "target-group",
        },
        {
          id: "placement-cases",
          da: "Skal metoden anvendes i sager, hvor et barn eller en ung står foran en anbringelse eller allerede er anbragt?",
          en: "Is the method to be used in cases where a child or young person faces placement or is already placed?",
          planSection: "target-group",
        },
        {
          id: "target-groups-with-challenges",
          da: "Er der målgrupper i kommunen, der har særlige udfordringer?",
          en: "Are there target groups in the municipality with particular challenges?",
          planSection: "target-group",
        },
        {
          id: "how-to-recommend",
          da: "Hvordan skal der indstilles til brug af metoden?",
          en: "How is the use of the method to be recommended?",
        },
        {
          id: "who-can-recommend",
          da: "Hvem kan indstille til brug af metoden?",
          en: "Who can recommend the use of the method?",
        },
      ],
      source:
        "001, Organisering › Milepæl: Det er besluttet, hvilke typer sager metoden skal anvendes i",
      verbatim: true,
    },
    {
      id: "meeting-rooms-ready",
      group: ORGANISERING,
      title: {
        da: "Lokaler er klar til brug og har de nødvendige faciliteter",
        en: "Rooms are ready for use and have the necessary facilities",
      },
      intro: {
        da: "Der skal være mulighed for, at medarbejdere har adgang til mødelokaler, når der arbejdes med Signs of Safety-metoden. Der skal være mulighed for at afholde møder og samtaler med barnet/den unge, familie og netværk i lokaler, der kan rumme 12-20 personer.",
        en: "Staff must have access to meeting rooms when working with the Signs of Safety method. It must be possible to hold meetings and conversations with the child/young person, family and network in rooms that can hold 12-20 people.",
      },
      questions: [
        {
          id: "rooms-outside-town-hall",
          da: "Hvor har kommunen adgang til lokaler uden for rådhuset?",
          en: "Where does the municipality have access to rooms outside the town hall?",
          planSection: "infrastructural",
        },
        {
          id: "renting-rooms",
          da: "Skal der eventuelt lejes lokaler?",
          en: "Do rooms need to be rented?",
          planSection: "infrastructural",
        },
        {
          id: "evening-access",
          da: "Er der adgang til lokaler i aftentimerne?",
          en: "Is there access to rooms in the evening?",
          planSection: "infrastructural",
        },
        {
          id: "partner-rooms",
          da: "Er der samarbejdspartnere, der kan stille lokaler til rådighed?",
          en: "Are there partners who can make rooms available?",
          planSection: "infrastructural",
        },
      ],
      source:
        "001, Organisering › Milepæl: Lokaler er klar til brug og har de nødvendige faciliteter",
      verbatim: true,
    },
    {
      id: "catering-decided",
      group: ORGANISERING,
      title: {
        da: "Der er taget stilling til forplejning, og hvordan den anskaffes",
        en: "Catering, and how it is obtained, has been decided",
      },
      intro: {
        da: "Da de inddragende møder kan vare længe, skal kommunen sørge for forplejning til møderne. Det er forskelligt, hvornår på dagen møderne afholdes, så der skal være mulighed for at servere den forplejning, der passer til tidspunktet. Møder der afholdes om aftenen omfatter derfor aftensmad til alle deltagere. Sandwich, varm mad, kaffe, vand, frugt og kage er eksempler på forplejning.",
        en: "As the network meetings can last a long time, the municipality must provide catering for them. Meetings are held at different times of day, so it must be possible to serve catering that suits the time. Meetings held in the evening therefore include dinner for all participants. Sandwiches, hot food, coffee, water, fruit and cake are examples of catering.",
      },
      questions: [
        {
          id: "town-hall-canteen",
          da: "Er der mulighed for at bestille forplejning i rådhusets kantine?",
          en: "Can catering be ordered from the town hall canteen?",
        },
        {
          id: "external-catering",
          da: "Skal forplejning bestilles ude fra?",
          en: "Does catering have to be ordered from outside?",
        },
        {
          id: "catering-menu",
          da: "Hvad skal forplejningen bestå af?",
          en: "What should the catering consist of?",
        },
        {
          id: "catering-delivery",
          da: "Hvordan kan forplejningen fragtes til mødelokalet?",
          en: "How can the catering be brought to the meeting room?",
        },
      ],
      // The table of contents omits the comma ("forplejning og hvordan"); the heading has it.
      source:
        "001, Organisering › Milepæl: Der er taget stilling til forplejning, og hvordan den anskaffes",
      verbatim: true,
    },
    {
      id: "child-preparation-procedure",
      group: ORGANISERING,
      title: {
        da: "Der er lavet en procedure, der sikrer forberedelse og støtte til børn og unge i forbindelse med, at de skal deltage i netværksinddragende møder",
        en: "A procedure has been made that ensures preparation and support for children and young people when they are to take part in network meetings",
      },
      intro: {
        da: "Det er vigtigt at være opmærksom på, at børn og unge har brug for støtte før, under og efter metodens anvendelse. Det er svært for de fleste børn og unge, at familiens vanskeligheder og forældrenes eventuelle omsorgssvigt afdækkes på møderne. Ligeledes kan det være svært for børn og unge at huske, hvad der skal ske i hele processen omkring møderne. Barnet eller den unge skal derfor forberedes grundigt.",
        en: "It is important to be aware that children and young people need support before, during and after the method is used. For most children and young people it is hard that the family's difficulties and any neglect by the parents are uncovered at the meetings. It can also be hard for children and young people to remember what is going to happen throughout the process around the meetings. The child or young person must therefore be prepared thoroughly.",
      },
      questions: [
        {
          id: "preparatory-conversation",
          da: "Er der planlagt en samtale med barnet eller den unge, før metoden anvendes?",
          en: "Has a conversation with the child or young person been planned before the method is used?",
        },
        {
          id: "support-around-meetings",
          da: "Hvilken støtte kan børn og unge tilbydes før, under og efter møderne?",
          en: "What support can children and young people be offered before, during and after the meetings?",
        },
        {
          id: "known-staff-support",
          da: "Er der en medarbejder, som barnet eller den unge kender, der kan fungere som støtte til dem under møderne?",
          en: "Is there a staff member whom the child or young person knows who can support them during the meetings?",
        },
      ],
      source:
        "001, Organisering › Milepæl: Der er lavet en procedure, der sikrer forberedelse og støtte til børn og unge i forbindelse med, at de skal deltage i netværksinddragende møder",
      verbatim: true,
    },
    {
      id: "results-collection",
      group: ORGANISERING,
      title: {
        da: "Der er etableret procedurer for indsamling af resultater i indsatsen",
        en: "Procedures for collecting the results of the intervention have been established",
      },
      intro: {
        da: "For at kommunen kan følge resultaterne af anvendelsen af metoden, udvikler Socialstyrelsen en resultatopfølgingsmodel, som derefter vil blive gjort tilgængelig på Socialstyrelsen.dk. Kommunerne kan også anvende egne modeller for resultatopfølgning, elementer fra ledelsestilsyn m.v.",
        en: "So that the municipality can follow the results of using the method, Socialstyrelsen is developing a results follow-up model, which will then be made available on Socialstyrelsen.dk. Municipalities can also use their own models for following up on results, elements from management supervision, etc.",
      },
      questions: [
        {
          id: "who-reports",
          da: "Hvem skal udfylde/indrapportere til modellen?",
          en: "Who is to fill in/report to the model?",
        },
        {
          id: "results-follow-up",
          da: "Hvordan bliver de fulgt op på de resultater, modellen viser?",
          en: "How will the results the model shows be followed up?",
        },
      ],
      source:
        "001, Organisering › Milepæl: Der er etableret procedurer for indsamling af resultater i indsatsen",
      verbatim: true,
    },
  ],
  activities: [
    {
      // 001 names no meetings or courses; the implementation team's coordinating meetings are the one
      // recurring activity it asks about (milestone "Der er nedsat et beslutningsdygtigt implementeringsteam").
      id: "implementation-team-meeting",
      kind: "team-meeting",
      name: {
        da: "Koordinerende møde i implementeringsteamet",
        en: "Coordinating meeting of the implementation team",
      },
      cadence: "ad-hoc",
      participants: {
        da: "Implementeringsteamet, fx faglige ledere eller teamledere fra alle de involverede enheder",
        en: "The implementation team, e.g. professional managers or team leaders from all units involved",
      },
      source:
        "001, Ledelse › Milepæl: Der er nedsat et beslutningsdygtigt implementeringsteam: 'Hvordan er det muligt at afholde koordinerende møder'",
    },
  ],
};
