import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningAssistant } from '../../src/main.js';
import { activityText, adaptiveCard, FakeConnector } from '../fixtures/teams/fake-connector.js';
import { loadActivity, personalConversation, postActivity, startTeamsServer } from '../fixtures/teams/harness.js';

const UNREAD_AR = /لا أقرأ الصور أو الملفات أو البطاقات/;
const UNREAD_EN = /images, files and cards sent to me are not read/;
const HELP_AR = /يمكنكم أن تسألوا مثلاً/;
const HELP_EN = /You may ask, for example/;
const NO_POSITION = /no established position|لا يوجد موقف/i;

/** Teams sends what a person pasted or attached as attachments; the formatted copy of the text is text/html. */
const IMAGE = { contentType: 'image/*', contentUrl: 'https://smba.trafficmanager.net/emea/v3/attachments/0-eus-d4-1a2b/views/original' };
const HTML_COPY = { contentType: 'text/html', content: '<div><div><span><img height="250" src="https://graph.microsoft.com/beta/chats/x/messages/1/hostedContents/y/$value" width="250" itemtype="http://schema.skype.com/AMSImage"></span></div></div>' };
const FILE = {
  contentType: 'application/vnd.microsoft.teams.file.download.info',
  contentUrl: 'https://contoso.sharepoint.com/personal/layla/Documents/Microsoft%20Teams%20Chat%20Files/contribution.docx',
  name: 'contribution.docx',
  content: { downloadUrl: 'https://contoso.sharepoint.com/download.aspx?share=x', uniqueId: '1f0c', fileType: 'docx' },
};
const CARD = { contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Poll' }] } };

/** Issue 15 item 3: what the bot cannot read gets a notice in Arabic and English, never a retrieval. */
describe('Teams: attachments the bot cannot read and messages of invisible characters', () => {
  let running: RunningAssistant;
  let connector: FakeConnector;

  beforeAll(async () => {
    connector = await FakeConnector.start();
    running = await startTeamsServer();
  });
  afterAll(async () => {
    await running?.stop();
    await connector?.close();
  });
  beforeEach(() => connector.clear());

  async function send(overrides: Record<string, unknown>, base = 'teams-personal-message-en'): Promise<string> {
    const activity = loadActivity(base, connector, { conversation: personalConversation('unread'), ...overrides });
    expect((await postActivity(running.url, activity)).status).toBe(200);
    const call = await connector.waitFor((c) => c.route === 'reply' && c.activityId === activity.id);
    return activityText(call.body);
  }

  it.each([
    ['a pasted image (with the text/html copy Teams adds)', { text: '', attachments: [IMAGE, HTML_COPY] }],
    ['a file, no text field at all', { text: undefined, attachments: [FILE] }],
    ['an Adaptive Card forwarded to the bot', { text: '', attachments: [CARD] }],
  ])('%s → the notice in Arabic and in English, no ticket', async (_name, overrides) => {
    const ticketsBefore = (await running.app.tickets.list({})).length;
    const text = await send(overrides);
    expect(text).toMatch(UNREAD_AR);
    expect(text).toMatch(UNREAD_EN);
    expect(text).not.toMatch(NO_POSITION);
    expect((await running.app.tickets.list({})).length).toBe(ticketsBefore);
  });

  it('lays the Arabic part right to left and the English part left to right', async () => {
    const activity = loadActivity('teams-personal-message-en', connector, { conversation: personalConversation('dir'), text: '', attachments: [IMAGE] });
    await postActivity(running.url, activity);
    const card = adaptiveCard((await connector.waitFor((c) => c.activityId === activity.id)).body);
    const parts = card.body.filter((e: { type: string }) => e.type === 'Container');
    expect(parts.map((p: { rtl: boolean }) => p.rtl)).toEqual([true, false]);
    expect(activityText(parts[0])).toMatch(UNREAD_AR);
    expect(activityText(parts[1])).toMatch(UNREAD_EN);
  });

  it.each([
    ['zero-width joiners and non-joiners', '\u200d\u200c\u200d'],
    ['direction marks (LRM, RLM, ALM)', '\u200e\u200f\u061c'],
    ['a byte-order mark and a word joiner', '\ufeff\u2060'],
    ['isolates and embeddings around spaces', '\u2067 \u2069\u202b\u202c'],
  ])('a message of %s → help in Arabic and English, not a retrieval', async (_name, text) => {
    const shown = await send({ text });
    expect(shown).toMatch(HELP_AR);
    expect(shown).toMatch(HELP_EN);
    expect(shown).not.toMatch(NO_POSITION);
  });

  it('a channel @mention followed only by invisible characters → help in both languages', async () => {
    const activity = loadActivity('teams-channel-mention', connector, { text: '<at>ARCP Assistant</at>&nbsp;\u200f\u200d\ufeff\n' });
    await postActivity(running.url, activity);
    const shown = activityText((await connector.waitFor((c) => c.activityId === activity.id)).body);
    expect(shown).toMatch(HELP_AR);
    expect(shown).toMatch(HELP_EN);
    expect(shown).not.toMatch(NO_POSITION);
  });

  it('a question with an image beside it is answered as a question', async () => {
    const shown = await send({ text: 'What is the Arab position on the Global Compact for Migration?', attachments: [IMAGE, HTML_COPY] });
    expect(shown).toMatch(/Global Compact/);
    expect(shown).not.toMatch(UNREAD_EN);
  });
});
