import Database from 'better-sqlite3';
import { ProjectedEvent } from '@samverkan/core';
import { queryPlans } from '@samverkan/core/testing/query-plans';
import { GivenEvent, projectionSpecification } from '@samverkan/core/testing/projection-specification';
import { forumsModuleEvents, forumStream, meetingStream } from '../domain';
import { established, planned } from '../domain/testing/forums.fixtures';
import { forumProjection, meetingProjection } from './forums.projections';
import { forumsOfYear } from './forums.queries';

/** The forum and meeting documents as one projection, as the cadence reads both tables. */
const forumsAndMeetings = {
  ...forumProjection,
  categories: ['forum', 'forumMeeting'],
  setup(db: Database.Database) {
    forumProjection.setup(db);
    meetingProjection.setup(db);
  },
  apply(db: Database.Database, event: ProjectedEvent) {
    (event.stream.startsWith('forum-') ? forumProjection : meetingProjection).apply(db, event);
  },
};

const forum = (forumId: string, name: string, establishedOn: string): GivenEvent => ({
  stream: forumStream(forumId),
  type: 'ForumEstablished',
  data: { ...established.data, forumId, name, establishedOn },
});
const meeting = (meetingId: string, forumId: string, date: string): GivenEvent => ({
  stream: meetingStream(meetingId),
  type: 'MeetingPlanned',
  data: { ...planned.data, meetingId, forumId, date, year: Number(date.slice(0, 4)), term: 'VT' },
});

const names = (db: Database.Database, year: number) => forumsOfYear(db, year).map((row) => row.doc.name);

describe("The forums of a year's cadence", () => {
  const spec = projectionSpecification(forumsAndMeetings, [forumsModuleEvents]);
  const given = spec.given([
    forum('norr', 'Forum Norr', '2013-03-01'),
    forum('vast', 'Forum Väst', '2012-12-31'),
    forum('syd', 'Forum Syd', '2014-01-01'),
    forum('ost', 'Forum Öst', '2015-02-01'),
    // Recorded with a date before the forum's establishment: the meeting still counts in 2013.
    meeting('m-ost-2013', 'ost', '2013-05-14'),
    meeting('m-syd-2014', 'syd', '2014-05-14'),
  ]);

  it('are those established by its last day, by name', () => given.then((db) => names(db, 2012), ['Forum Väst']));

  it('also hold a forum established later that has a meeting dated in the year', () =>
    given.then((db) => names(db, 2013), ['Forum Norr', 'Forum Väst', 'Forum Öst']));

  it('hold every forum once, whether by its establishment or its meetings', () =>
    given.then((db) => names(db, 2014), ['Forum Norr', 'Forum Syd', 'Forum Väst']));

  it('are found through the establishment index, not by reading every forum', () => {
    const db = new Database(':memory:');
    forumsAndMeetings.setup(db);
    const plans = queryPlans(db, 'FROM forums_forum', () => forumsOfYear(db, 2013));
    db.close();
    expect(plans).toContain('SEARCH forums_forum USING INDEX forums_forum_established (<expr><?)');
  });
});
