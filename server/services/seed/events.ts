/** Real timeline events drawn as annotations. Where only the month is sure, the title says so. */
export interface DemoEvent {
  date: string;
  jurisdiction: string | null;
  title: string;
  url: string;
}

export const EVENTS: DemoEvent[] = [
  {
    date: '2021-02-25',
    jurisdiction: 'IN',
    title: 'India notifies the IT (Intermediary Guidelines and Digital Media Ethics Code) Rules, 2021',
    url: 'https://en.wikipedia.org/wiki/Information_Technology_(Intermediary_Guidelines_and_Digital_Media_Ethics_Code)_Rules,_2021',
  },
  {
    date: '2021-09-01',
    jurisdiction: 'KZ',
    title: "Kazakhstan's parliament approves the draft law on social-media platforms (September 2021)",
    url: 'https://en.wikipedia.org/wiki/Censorship_in_Kazakhstan',
  },
  {
    date: '2021-11-01',
    jurisdiction: 'KZ',
    title:
      "Meta gives Kazakhstan's Ministry of Information access to Facebook's Content Reporting System (announced November 2021)",
    url: 'https://en.wikipedia.org/wiki/Censorship_in_Kazakhstan',
  },
  {
    date: '2022-01-05',
    jurisdiction: 'KZ',
    title: 'Nationwide internet shutdown during the January 2022 unrest in Kazakhstan',
    url: 'https://en.wikipedia.org/wiki/2022_Kazakh_unrest',
  },
  {
    date: '2022-03-04',
    jurisdiction: 'RU',
    title: 'Roskomnadzor blocks Facebook in Russia',
    url: 'https://en.wikipedia.org/wiki/Internet_censorship_in_Russia',
  },
  {
    date: '2022-10-30',
    jurisdiction: 'BR',
    title: 'Brazilian presidential run-off election',
    url: 'https://en.wikipedia.org/wiki/2022_Brazilian_general_election',
  },
  {
    date: '2023-05-14',
    jurisdiction: 'TR',
    title: 'Turkish presidential and parliamentary elections',
    url: 'https://en.wikipedia.org/wiki/2023_Turkish_presidential_election',
  },
];
