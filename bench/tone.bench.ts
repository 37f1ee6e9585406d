// How long the tone hints take per call while a CM types. The composer re-reads the draft on each
// pause, so the budget is 200 µs for a tweet-sized reply and 2 ms for a 5,000-character one.

import { analyze, type ToneInput } from '../lib/tone';

const POST_FR =
  "Commande passée il y a trois semaines, toujours rien reçu et personne ne répond au téléphone. Franchement déçue, je vais finir par résilier.";
const POST_EN = 'Third time this month my parcel is late and nobody answers. Really not happy, I might cancel my subscription.';

const REPLY_FR =
  "Bonjour Camille, je suis vraiment désolée pour cette attente, trois semaines c'est beaucoup trop long 😞 Pouvez-vous nous écrire en message privé ? Nous regardons tout de suite où en est votre colis et nous revenons vers vous aujourd'hui avec une date précise. Merci !";
const REPLY_EN =
  "Hi Jake, three late parcels in a month is not okay and I'm really sorry 🙏 Please DM us your order details and we'll chase the courier today. You'll get a tracking update by 5pm, and we've refunded the delivery fee.";

// A long reply made of varied sentences, so no regex gets an unrealistically easy text.
function longReply(base: string, size: number): string {
  const sentences = base.split(/(?<=[.!?])\s+/);
  let out = '';
  for (let i = 0; out.length < size; i += 1) out += `${sentences[i % sentences.length]} `;
  return out.slice(0, size);
}

function draft(post: string, reply: string): ToneInput {
  return { post, reply, platform: 'x', brand: { name: 'Acme', register: 'vous' }, author: { firstName: 'Camille' } };
}

/** Mean µs per call: warm up first, then time enough calls to swamp the timer's resolution. */
function measure(inputs: readonly ToneInput[], calls: number): number {
  for (let i = 0; i < 200; i += 1) analyze(inputs[i % inputs.length] as ToneInput);
  const start = performance.now();
  for (let i = 0; i < calls; i += 1) analyze(inputs[i % inputs.length] as ToneInput);
  return ((performance.now() - start) * 1000) / calls;
}

const short = [draft(POST_FR, REPLY_FR.slice(0, 280)), draft(POST_EN, REPLY_EN.slice(0, 280))];
const long = [draft(POST_FR, longReply(REPLY_FR, 5000)), draft(POST_EN, longReply(REPLY_EN, 5000))];

export default [
  { name: 'tone: analyze 280-char reply', unit: 'µs/call', run: (): number => measure(short, 5000) },
  { name: 'tone: analyze 5,000-char reply', unit: 'µs/call', run: (): number => measure(long, 300) },
];
