import { createRequire as __c } from 'node:module'; const require = __c("/work/main/package.json");

// tests/fixtures/markup/html.ts
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function esc(text) {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
function createRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function pick(random, items) {
  const item = items[Math.floor(random() * items.length)];
  if (item === void 0) throw new Error("pick() needs a non-empty list");
  return item;
}
function codePoints(text) {
  return [...text].map((c) => (c.codePointAt(0) ?? 0).toString(16));
}

// tests/fixtures/markup/x.ts
var X_THEMES = {
  light: { background: "rgb(255, 255, 255)", text: "rgb(15, 20, 25)", secondary: "rgb(83, 100, 113)", border: "rgb(239, 243, 244)", scheme: "light" },
  dim: { background: "rgb(21, 32, 43)", text: "rgb(247, 249, 249)", secondary: "rgb(139, 152, 165)", border: "rgb(56, 68, 77)", scheme: "dark" },
  dark: { background: "rgb(0, 0, 0)", text: "rgb(231, 233, 234)", secondary: "rgb(113, 118, 123)", border: "rgb(47, 51, 54)", scheme: "dark" }
};
var LINK_BLUE = "rgb(29, 155, 240)";
var X_DEFAULT_NOW = "2026-03-03T12:00:00.000Z";
var LABELS = {
  en: {
    parts: { replies: ["reply", "replies"], reposts: ["repost", "reposts"], likes: ["like", "likes"], bookmarks: ["bookmark", "bookmarks"], views: ["view", "views"] },
    replyButton: (n) => `${n} Replies. Reply`,
    reply: "Reply",
    repostButton: (n) => `${n} reposts. Repost`,
    repost: "Repost",
    likeButton: (n) => `${n} Likes. Like`,
    like: "Like",
    viewsLink: (n) => `${n} views. View post analytics`,
    bookmark: "Bookmark",
    share: "Share post",
    more: "More",
    grok: "Grok actions",
    verified: "Verified account",
    quote: "Quote",
    image: "Image",
    showMore: "Show more",
    reposted: (name) => `${name} reposted`,
    ago: { s: ["second", "seconds"], m: ["minute", "minutes"], h: ["hour", "hours"] },
    agoLabel: (n, unit) => `${n} ${unit} ago`,
    short: { s: "s", m: "m", h: "h" },
    months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    postText: "Post text",
    whatsHappening: "What\u2019s happening?",
    postYourReply: "Post your reply",
    post: "Post",
    replyingTo: "Replying to",
    close: "Close"
  },
  fr: {
    parts: { replies: ["r\xE9ponse", "r\xE9ponses"], reposts: ["repost", "reposts"], likes: ["J'aime", "J'aime"], bookmarks: ["signet", "signets"], views: ["vue", "vues"] },
    replyButton: (n) => `${n} r\xE9ponses. R\xE9pondre`,
    reply: "R\xE9pondre",
    repostButton: (n) => `${n} reposts. Reposter`,
    repost: "Reposter",
    likeButton: (n) => `${n} J'aime. J'aime`,
    like: "J'aime",
    viewsLink: (n) => `${n} vues. Voir les statistiques du post`,
    bookmark: "Signet",
    share: "Partager le post",
    more: "Plus",
    grok: "Actions Grok",
    verified: "Compte certifi\xE9",
    quote: "Citation",
    image: "Image",
    showMore: "Afficher plus",
    reposted: (name) => `${name} a repost\xE9`,
    ago: { s: ["seconde", "secondes"], m: ["minute", "minutes"], h: ["heure", "heures"] },
    agoLabel: (n, unit) => `il y a ${n} ${unit}`,
    short: { s: " s", m: " min", h: " h" },
    months: ["janv.", "f\xE9vr.", "mars", "avr.", "mai", "juin", "juil.", "ao\xFBt", "sept.", "oct.", "nov.", "d\xE9c."],
    postText: "Texte du post",
    whatsHappening: "Quoi de neuf ?",
    postYourReply: "Postez votre r\xE9ponse",
    post: "Poster",
    replyingTo: "En r\xE9ponse \xE0",
    close: "Fermer"
  }
};
var SNOWFLAKE_EPOCH = 1288834974657n;
function statusIdFromTime(iso, sequence = 0) {
  const ms = BigInt(Date.parse(iso));
  return (ms - SNOWFLAKE_EPOCH << 22n | BigInt(sequence & 4095)).toString();
}
function formatCount(n, lang, style) {
  if (style === "plain") return String(n);
  return n.toLocaleString(lang === "fr" ? "fr-FR" : "en-US");
}
function abbreviateCount(n, lang) {
  if (n < 1e3) return String(n);
  const [value, suffix] = n < 1e6 ? [n / 1e3, lang === "fr" ? " k" : "K"] : [n / 1e6, lang === "fr" ? " M" : "M"];
  const shown = value >= 10 ? Math.floor(value).toString() : (Math.floor(value * 10) / 10).toString();
  return (lang === "fr" ? shown.replace(".", ",") : shown) + suffix;
}
function countsLabel(counts, lang = "en", style = "plain") {
  const l = LABELS[lang];
  const order = ["replies", "reposts", "likes", "bookmarks", "views"];
  return order.filter((key) => (counts[key] ?? 0) > 0).map((key) => {
    const n = counts[key] ?? 0;
    const [one, many] = l.parts[key];
    return `${formatCount(n, lang, style)} ${n === 1 ? one : many}`;
  }).join(", ");
}
function relativeTime(iso, nowIso, l) {
  const then = Date.parse(iso);
  const seconds = Math.max(0, Math.round((Date.parse(nowIso) - then) / 1e3));
  const rel = (n, unit) => {
    const words = l.ago[unit] ?? [unit, unit];
    return { text: `${n}${l.short[unit] ?? unit}`, label: l.agoLabel(n, n === 1 ? words[0] : words[1]) };
  };
  if (seconds < 60) return rel(seconds, "s");
  if (seconds < 3600) return rel(Math.floor(seconds / 60), "m");
  if (seconds < 86400) return rel(Math.floor(seconds / 3600), "h");
  const d = new Date(then);
  const now = new Date(nowIso);
  const month = l.months[d.getUTCMonth()] ?? "";
  const sameYear = d.getUTCFullYear() === now.getUTCFullYear();
  const text = l === LABELS.fr ? `${d.getUTCDate()} ${month}${sameYear ? "" : ` ${d.getUTCFullYear()}`}` : `${month} ${d.getUTCDate()}${sameYear ? "" : `, ${d.getUTCFullYear()}`}`;
  return { text, label: text };
}
function absoluteTime(iso, l) {
  const d = new Date(iso);
  const month = l.months[d.getUTCMonth()] ?? "";
  const hh = d.getUTCHours();
  const mm = String(d.getUTCMinutes()).padStart(2, "0");
  if (l === LABELS.fr) return `${String(hh).padStart(2, "0")}:${mm} \xB7 ${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`;
  return `${hh % 12 || 12}:${mm} ${hh < 12 ? "AM" : "PM"} \xB7 ${month} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}
function hashCode(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}
var EMOJI_NAMES = {
  "\u{1F389}": "Party popper",
  "\u{1F44B}": "Waving hand",
  "\u{1F64F}": "Folded hands",
  "\u{1F621}": "Enraged face",
  "\u2764\uFE0F": "Red heart",
  "\u{1F680}": "Rocket",
  "\u{1F602}": "Face with tears of joy",
  "\u{1F44D}": "Thumbs up",
  "\u{1F525}": "Fire",
  "\u2615": "Hot beverage",
  "\u{1F950}": "Croissant",
  "\u{1F60D}": "Smiling face with heart-eyes",
  "\u{1F914}": "Thinking face",
  "\u{1F4E6}": "Package",
  "\u26A0\uFE0F": "Warning"
};
var TOKEN = /(https?:\/\/[^\s]+)|(@[A-Za-z0-9_]{1,15})|(#[\p{L}\p{N}_]+)|(\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*)/gu;
var SPAN = "css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3";
function emojiImg(emoji) {
  const name = codePoints(emoji).filter((cp) => cp !== "fe0f").join("-");
  const title = EMOJI_NAMES[emoji] ?? emoji;
  return `<img alt="${esc(emoji)}" draggable="false" src="https://abs-0.twimg.com/emoji/v2/svg/${name}.svg" title="${esc(title)}" class="r-4qtqp9 r-dflpy8 r-k4bwe5 r-1kpi4qh r-pp5qcn r-h9hxbl">`;
}
function linkHtml(url) {
  const [, scheme = "https://", rest = ""] = /^(https?:\/\/)(.*)$/.exec(url) ?? [];
  const shown = rest.slice(0, 23);
  const hidden = rest.slice(23);
  return `<a dir="ltr" href="https://t.co/${hashCode(url).slice(0, 10)}" rel="noopener noreferrer nofollow" target="_blank" role="link" class="${SPAN} r-1loqt21" style="color: ${LINK_BLUE};"><span aria-hidden="true" class="css-1jxf684 r-qlhcfr r-qvutc0 r-poiln3">${esc(scheme)}</span>${esc(shown)}` + (hidden ? `<span aria-hidden="true" class="css-1jxf684 r-qlhcfr r-qvutc0 r-poiln3">${esc(hidden)}</span><span aria-hidden="true" class="css-1jxf684 r-qvutc0 r-poiln3">\u2026</span>` : "") + "</a>";
}
function tweetTextInner(text) {
  let out = "";
  let last = 0;
  const plain = (s) => s ? `<span class="${SPAN}">${esc(s)}</span>` : "";
  for (const m of text.matchAll(TOKEN)) {
    out += plain(text.slice(last, m.index));
    const [token, url, mention, hashtag] = m;
    if (url) out += linkHtml(url);
    else if (mention) out += `<div class="css-175oi2r r-xoduu5"><span class="r-18u37iz"><a dir="ltr" href="/${esc(mention.slice(1))}" role="link" class="${SPAN} r-1loqt21" style="color: ${LINK_BLUE};">${esc(mention)}</a></span></div>`;
    else if (hashtag) out += `<span class="r-18u37iz"><a dir="ltr" href="/hashtag/${esc(encodeURIComponent(hashtag.slice(1)))}?src=hashtag_click" role="link" class="${SPAN} r-1loqt21" style="color: ${LINK_BLUE};">${esc(hashtag)}</a></span>`;
    else out += emojiImg(token);
    last = (m.index ?? 0) + token.length;
  }
  return out + plain(text.slice(last));
}
function tweetText(post2, theme, idAttr) {
  const l = LABELS[post2.lang ?? "en"];
  const lang = post2.textLang ?? post2.lang ?? "en";
  const more = post2.truncated ? `<button dir="ltr" role="button" class="css-146c3p1 r-bcqeeo r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-1loqt21" data-testid="tweet-text-show-more-link" type="button" style="color: ${LINK_BLUE};"><span class="${SPAN}">${esc(l.showMore)}</span></button>` : "";
  return `<div class="css-175oi2r"><div dir="auto" lang="${esc(lang)}" class="css-146c3p1 r-8akbws r-krxsd3 r-dnmrzs r-1udh08x r-1udbk01 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-bnwqim" ${idAttr} data-testid="tweetText" style="color: ${X_THEMES[theme].text};">${tweetTextInner(post2.text)}</div>${more}</div>`;
}
function avatar(handle, linked) {
  const img = `<div class="css-175oi2r r-1niwhzg r-vvn4in r-u6sd8q r-1p0dtai r-1pi2tsx r-1d2f490 r-u8s1d r-zchlnj r-ipm5af r-13qz1uu r-1wyyakw r-4gszlv" style="background-image: url(&quot;https://pbs.twimg.com/profile_images/${hashCode(handle)}/${esc(handle)}_normal.jpg&quot;);"></div><img alt="" draggable="true" src="https://pbs.twimg.com/profile_images/${hashCode(handle)}/${esc(handle)}_normal.jpg" class="css-9pa8cd">`;
  const inner = linked ? `<a href="/${esc(handle)}" role="link" class="css-175oi2r r-1pi2tsx r-13qz1uu r-o7ynqc r-6416eg r-1ny4l3l r-1loqt21" style="background-color: rgba(0, 0, 0, 0);"><div class="css-175oi2r r-sdzlij r-1udh08x r-633pao r-45ll9u r-u8s1d r-1v2oles r-176fswd">${img}</div></a>` : `<div role="presentation" aria-hidden="true" tabindex="-1" class="css-175oi2r r-1pi2tsx r-13qz1uu r-1ny4l3l"><div class="css-175oi2r r-sdzlij r-1udh08x r-633pao r-45ll9u r-u8s1d r-1v2oles r-176fswd">${img}</div></div>`;
  return `<div class="css-175oi2r" data-testid="Tweet-User-Avatar"><div class="css-175oi2r r-18kxxzh r-1wbh5a2 r-13qz1uu"><div class="css-175oi2r r-1wbh5a2 r-dnmrzs"><div class="css-175oi2r r-bztko3 r-1adg3ll" data-testid="UserAvatar-Container-${esc(handle)}" style="width: ${linked ? 40 : 24}px; height: ${linked ? 40 : 24}px;"><div class="r-1adg3ll r-13qz1uu" style="padding-bottom: 100%;"></div><div class="r-1p0dtai r-1pi2tsx r-1d2f490 r-u8s1d r-ipm5af r-13qz1uu">${inner}</div></div></div></div></div>`;
}
function verifiedIcon(l) {
  return `<svg viewBox="0 0 22 22" aria-label="${esc(l.verified)}" role="img" class="r-4qtqp9 r-yyyyoo r-1xvli5t r-bnwqim r-lrvibr r-m6rgpd r-1cvl2hr r-f9ja8p r-og9te1 r-3t4u6i" data-testid="icon-verified"><g><path d="M20.396 11c-.018-.646-.215-1.275-.57-1.816L9.662 14.85l-3.429-3.428 1.293-1.302 2.072 2.072 4.4-4.794 1.347 1.246z"></path></g></svg>`;
}
function userName(post2, l, theme, opts) {
  const c = X_THEMES[theme];
  const nameInner = `<div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-b88u0q r-1awozwy r-6koalj r-1udh08x r-3s2u2q" style="color: ${c.text};"><span class="css-1jxf684 r-dnmrzs r-1udh08x r-1udbk01 r-3s2u2q r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3"><span class="${SPAN}">${esc(post2.name)}</span></span></div>` + (post2.verified ? `<div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-xoduu5 r-18u37iz r-1q142lx" style="color: ${c.text};"><span class="${SPAN} r-1awozwy r-xoduu5">${verifiedIcon(l)}</span></div>` : "");
  const handleInner = `<div dir="ltr" class="css-146c3p1 r-dnmrzs r-1udh08x r-1udbk01 r-3s2u2q r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-18u37iz r-1wvb978" style="color: ${c.secondary};"><span class="${SPAN}">@${esc(post2.handle)}</span></div>`;
  const time = `<time datetime="${esc(post2.time)}">${esc(opts.timeText)}</time>`;
  const name = opts.linked ? `<a href="/${esc(post2.handle)}" role="link" class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l r-1loqt21"><div class="css-175oi2r r-1awozwy r-18u37iz r-1wbh5a2 r-dnmrzs">${nameInner}</div></a>` : `<div class="css-175oi2r r-1awozwy r-18u37iz r-1wbh5a2 r-dnmrzs">${nameInner}</div>`;
  const handle = opts.linked ? `<a href="/${esc(post2.handle)}" role="link" tabindex="-1" class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l r-1loqt21">${handleInner}</a>` : `<div tabindex="-1" class="css-175oi2r r-1wbh5a2 r-dnmrzs">${handleInner}</div>`;
  const timeBox = opts.linked ? `<a href="/${esc(post2.handle)}/status/${esc(post2.id)}" dir="ltr" aria-label="${esc(opts.timeLabel)}" role="link" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-xoduu5 r-1q142lx r-1w6e6rj r-9aw3ui r-3s2u2q r-1loqt21" style="color: ${c.secondary};">${time}</a>` : `<div aria-label="${esc(opts.timeLabel)}" dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-xoduu5 r-1q142lx r-1w6e6rj r-9aw3ui r-3s2u2q" style="color: ${c.secondary};">${time}</div>`;
  return `<div class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l r-1awozwy r-18u37iz" data-testid="User-Name"><div class="css-175oi2r r-1awozwy r-18u37iz r-1wbh5a2 r-dnmrzs"><div class="css-175oi2r r-1wbh5a2 r-dnmrzs">${name}</div></div><div class="css-175oi2r r-18u37iz r-1wbh5a2 r-1ez5h0i"><div class="css-175oi2r r-1d09ksm r-18u37iz r-1wbh5a2"><div class="css-175oi2r r-1wbh5a2 r-dnmrzs">${handle}</div><div dir="ltr" aria-hidden="true" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-1q142lx r-n7gxbd" style="color: ${c.secondary};"><span class="${SPAN}">\xB7</span></div><div class="css-175oi2r r-18u37iz r-1q142lx">${timeBox}</div></div></div></div>`;
}
function media(post2, l) {
  return (post2.media ?? []).map((m, i) => {
    const key = hashCode(`${post2.id}/${i}`);
    if (m.kind === "video") {
      return `<div class="css-175oi2r r-1ssbvtb r-1s2bzr4"><div class="css-175oi2r r-9aw3ui"><div class="css-175oi2r" data-testid="tweetPhoto"><div class="css-175oi2r r-1adg3ll r-1udh08x"><div class="r-1adg3ll r-13qz1uu" style="padding-bottom: 56.25%;"></div><div class="css-175oi2r" data-testid="placementTracking"><div class="css-175oi2r" data-testid="videoPlayer"><div class="css-175oi2r" data-testid="videoComponent"><video preload="none" tabindex="-1" playsinline="" aria-label="Embedded video" poster="https://pbs.twimg.com/amplify_video_thumb/${key}/img/${key}.jpg" style="width: 100%; height: 100%;"></video></div></div></div></div></div></div></div>`;
    }
    const alt = m.alt ?? l.image;
    const src = `https://pbs.twimg.com/media/${key}?format=jpg&name=small`;
    return `<div class="css-175oi2r r-1ssbvtb r-1s2bzr4"><div class="css-175oi2r r-9aw3ui"><a href="/${esc(post2.handle)}/status/${esc(post2.id)}/photo/${i + 1}" role="link" class="css-175oi2r r-1pi2tsx r-1ny4l3l r-1loqt21"><div class="css-175oi2r r-1adg3ll r-1udh08x"><div class="r-1adg3ll r-13qz1uu" style="padding-bottom: 56.25%;"></div><div class="r-1p0dtai r-1pi2tsx r-1d2f490 r-u8s1d r-ipm5af r-13qz1uu"><div aria-label="${esc(alt)}" class="css-175oi2r r-1mlwlqe r-1udh08x r-417010 r-aqfbo4 r-agouwx r-1p0dtai r-1d2f490 r-u8s1d r-zchlnj r-ipm5af" data-testid="tweetPhoto"><div class="css-175oi2r r-1niwhzg r-vvn4in r-u6sd8q r-1p0dtai r-1pi2tsx r-1d2f490 r-u8s1d r-zchlnj r-ipm5af r-13qz1uu r-1wyyakw r-4gszlv" style="background-image: url(&quot;${esc(src)}&quot;);"></div><img alt="${esc(alt)}" draggable="true" src="${esc(src)}" class="css-9pa8cd"></div></div></div></a></div></div>`;
  }).join("");
}
function quotedPost(q, lang, theme, now) {
  const l = LABELS[lang];
  const t = relativeTime(q.time, now, l);
  const post2 = { ...q, lang };
  return `<div aria-labelledby="id__${hashCode(q.id)}q" class="css-175oi2r r-9aw3ui r-1s2bzr4" id="id__${hashCode(q.id)}m"><div class="css-175oi2r r-9aw3ui r-1s2bzr4"><div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-b88u0q r-1s2bzr4" id="id__${hashCode(q.id)}q" style="color: ${X_THEMES[theme].text};"><span class="${SPAN}">${esc(l.quote)}</span></div><div tabindex="0" role="link" class="css-175oi2r r-adacv r-1udh08x r-1ets6dv r-1867qdf r-rs99b7 r-o7ynqc r-6416eg r-1ny4l3l r-1loqt21" style="border-color: ${X_THEMES[theme].border};"><div class="css-175oi2r"><div class="css-175oi2r r-eqz5dr r-1fz3rvf r-1s2bzr4"><div class="css-175oi2r r-1awozwy r-18u37iz"><div class="css-175oi2r r-1wbh5a2 r-dnmrzs r-18u37iz"><div class="css-175oi2r r-18kxxzh r-1wron08">${avatar(q.handle, false)}</div><div class="css-175oi2r r-1iusvr4 r-16y2uox">${userName(q, l, theme, { linked: false, timeText: t.text, timeLabel: t.label })}</div></div></div></div><div class="css-175oi2r r-6gpygo r-jusfrs">${tweetText(post2, theme, "")}</div>` + (q.media?.length ? `<div class="css-175oi2r r-9aw3ui">${media(q, l)}</div>` : "") + "</div></div></div></div>";
}
function actionBar(post2, l, theme) {
  const lang = post2.lang ?? "en";
  const counts = post2.counts ?? {};
  const style = post2.countStyle ?? "plain";
  const c = X_THEMES[theme];
  const button = (testid, label, n, extra = "") => `<div class="css-175oi2r r-18u37iz r-1h0z5md r-13awgt0"><button aria-label="${esc(label)}" role="button" class="css-175oi2r r-1777fci r-bt1l66 r-bztko3 r-lrvibr r-1loqt21 r-1ny4l3l" data-testid="${testid}" type="button"${extra}><div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-1awozwy r-6koalj r-1h0z5md r-o7ynqc r-clp7b1 r-3s2u2q" style="color: ${c.secondary};"><div class="css-175oi2r r-xoduu5"><svg viewBox="0 0 24 24" aria-hidden="true" class="r-4qtqp9 r-yyyyoo r-dnmrzs r-bnwqim r-lrvibr r-m6rgpd r-1xvli5t r-1hdv0qi"><g><path d="M1 12h22"></path></g></svg></div>` + (n ? `<div class="css-175oi2r r-xoduu5 r-1udh08x"><span data-testid="app-text-transition-container" style="transition-property: transform; transition-duration: 0.3s; transform: translate3d(0px, 0px, 0px);"><span class="${SPAN} r-n6v787 r-1cwl3u0 r-1k6nrdp r-n7gxbd"><span class="${SPAN}">${esc(abbreviateCount(n, lang))}</span></span></span></div>` : "") + "</div></button></div>";
  const count = (n) => formatCount(n ?? 0, lang, style);
  return `<div class="css-175oi2r"><div class="css-175oi2r r-1kbdv8c r-18u37iz r-1wtj0ep r-1ye8kvj r-1s2bzr4"><div aria-label="${esc(countsLabel(counts, lang, style))}" role="group" class="css-175oi2r r-1kbdv8c r-18u37iz r-1wtj0ep r-1ye8kvj r-1s2bzr4" id="id__${hashCode(post2.id)}g">` + button("reply", counts.replies ? l.replyButton(count(counts.replies)) : l.reply, counts.replies) + button("retweet", counts.reposts ? l.repostButton(count(counts.reposts)) : l.repost, counts.reposts, ' aria-expanded="false" aria-haspopup="menu"') + button("like", counts.likes ? l.likeButton(count(counts.likes)) : l.like, counts.likes) + (counts.views ? `<div class="css-175oi2r r-18u37iz r-1h0z5md r-13awgt0"><a href="/${esc(post2.handle)}/status/${esc(post2.id)}/analytics" aria-label="${esc(l.viewsLink(count(counts.views)))}" role="link" class="css-175oi2r r-1777fci r-bt1l66 r-bztko3 r-lrvibr r-1ny4l3l r-1loqt21"><div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-1awozwy r-6koalj r-1h0z5md r-o7ynqc r-clp7b1 r-3s2u2q" style="color: ${c.secondary};"><div class="css-175oi2r r-xoduu5 r-1udh08x"><span data-testid="app-text-transition-container"><span class="${SPAN}"><span class="${SPAN}">${esc(abbreviateCount(counts.views, lang))}</span></span></span></div></div></a></div>` : "") + button("bookmark", l.bookmark, void 0) + `<div class="css-175oi2r" style="justify-content: inherit; display: inline-grid; transform: rotate(0deg) scale(1) translate3d(0px, 0px, 0px);"><div class="css-175oi2r r-18u37iz r-1h0z5md"><button aria-expanded="false" aria-haspopup="menu" aria-label="${esc(l.share)}" role="button" class="css-175oi2r r-1777fci r-bt1l66 r-bztko3 r-lrvibr r-1loqt21 r-1ny4l3l" type="button"><div dir="ltr" class="css-146c3p1" style="color: ${c.secondary};"><svg viewBox="0 0 24 24" aria-hidden="true" class="r-4qtqp9"><g><path d="M12 2.59l5.7 5.7"></path></g></svg></div></button></div></div></div></div></div>`;
}
function socialContext(post2, l, theme) {
  if (!post2.repostedBy) return '<div class="css-175oi2r r-18u37iz"><div class="css-175oi2r r-1iusvr4 r-16y2uox r-ttdzmv"></div></div>';
  return `<div class="css-175oi2r r-18u37iz"><div class="css-175oi2r r-1iusvr4 r-16y2uox r-ttdzmv"><div class="css-175oi2r r-18u37iz r-1wbh5a2 r-1x0uki6"><div class="css-175oi2r r-1kbdv8c r-18u37iz"><a href="/${esc(post2.repostedBy.handle)}" dir="ltr" role="link" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-n6v787 r-1cwl3u0 r-b88u0q r-1loqt21" style="color: ${X_THEMES[theme].secondary};"><span class="${SPAN}" data-testid="socialContext">${esc(l.reposted(post2.repostedBy.name))}</span></a></div></div></div></div>`;
}
function xArticle(post2, opts = {}) {
  const theme = opts.theme ?? "light";
  const lang = post2.lang ?? "en";
  const l = LABELS[lang];
  const rel = relativeTime(post2.time, opts.now ?? X_DEFAULT_NOW, l);
  const timeText = opts.focused ? absoluteTime(post2.time, l) : rel.text;
  const ids = ["u", "t", "m", "g"].map((s) => `id__${hashCode(post2.id)}${s}`);
  const hasExtras = Boolean(post2.media?.length || post2.quoted);
  return `<article aria-labelledby="${ids.join(" ")}" role="article" tabindex="${opts.focused ? "-1" : "0"}" class="css-175oi2r r-18u37iz r-1udh08x r-1c4vpko r-1c7gwzm r-o7ynqc r-6416eg r-1ny4l3l${opts.focused ? "" : " r-1loqt21"}" data-testid="tweet"><div class="css-175oi2r r-eqz5dr r-16y2uox r-1wbh5a2"><div class="css-175oi2r r-16y2uox r-1wbh5a2 r-1ny4l3l"><div class="css-175oi2r">${socialContext(post2, l, theme)}</div><div class="css-175oi2r r-18u37iz"><div class="css-175oi2r r-18kxxzh r-1wron08 r-onrtq4 r-1awozwy">${avatar(post2.handle, true)}</div><div class="css-175oi2r r-1iusvr4 r-16y2uox r-1777fci r-kzbkwu"><div class="css-175oi2r r-zl2h9q"><div class="css-175oi2r r-k4xj1c r-18u37iz r-1wtj0ep"><div class="css-175oi2r r-1d09ksm r-18u37iz r-1wbh5a2"><div class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l" id="${ids[0]}">${userName(post2, l, theme, { linked: true, timeText, timeLabel: opts.focused ? timeText : rel.label })}</div></div><div class="css-175oi2r r-1kkk96v"><div class="css-175oi2r r-18u37iz r-1h0z5md"><button aria-label="${esc(l.grok)}" role="button" class="css-175oi2r r-1777fci r-bt1l66 r-bztko3 r-lrvibr r-1loqt21 r-1ny4l3l" type="button"><div dir="ltr" class="css-146c3p1"><svg viewBox="0 0 33 32" aria-hidden="true" class="r-4qtqp9"><g><path d="M12.745 20.54l10.97-8.19"></path></g></svg></div></button></div><div class="css-175oi2r r-18u37iz r-1h0z5md"><button aria-expanded="false" aria-haspopup="menu" aria-label="${esc(l.more)}" role="button" class="css-175oi2r r-1777fci r-bt1l66 r-bztko3 r-lrvibr r-1loqt21 r-1ny4l3l" data-testid="caret" type="button"><div dir="ltr" class="css-146c3p1"><svg viewBox="0 0 24 24" aria-hidden="true" class="r-4qtqp9"><g><path d="M3 12c0-1.1.9-2 2-2s2 .9 2 2-.9 2-2 2-2-.9-2-2z"></path></g></svg></div></button></div></div></div></div>` + (post2.text ? tweetText(post2, theme, `id="${ids[1]}"`) : "") + (hasExtras ? `<div aria-labelledby="${ids[2]}x" class="css-175oi2r r-9aw3ui r-1s2bzr4" id="${ids[2]}">${media(post2, l)}${post2.quoted ? quotedPost(post2.quoted, lang, theme, opts.now ?? X_DEFAULT_NOW) : ""}</div>` : "") + actionBar(post2, l, theme) + "</div></div></div></div></article>";
}
function xCellContent(post2, opts = {}) {
  return `<div class="css-175oi2r r-1igl3o0 r-qklmqi r-1adg3ll r-1ny4l3l"><div class="css-175oi2r">${xArticle(post2, opts)}</div></div>`;
}
function estimateCellHeight(post2) {
  return 96 + 20 * Math.ceil(post2.text.length / 60) + (post2.media?.length ? 300 : 0) + (post2.quoted ? 160 + (post2.quoted.media?.length ? 280 : 0) : 0);
}
function xCell(post2, top, opts = {}) {
  return `<div class="css-175oi2r" data-testid="cellInnerDiv" style="transform: translateY(${top}px); position: absolute; width: 100%;">${xCellContent(post2, opts)}</div>`;
}
function xTimeline(posts, opts = {}) {
  let top = 0;
  const cells = posts.map((post2) => {
    const cell = xCell(post2, top, opts);
    top += estimateCellHeight(post2);
    return cell;
  });
  return `<div aria-label="${esc(opts.label ?? "Timeline: Your Home Timeline")}" class="css-175oi2r"><div style="position: relative; min-height: ${top}px;">${cells.join("")}</div></div>`;
}
function xComposer(kind, opts = {}) {
  const l = LABELS[opts.lang ?? "en"];
  const key = opts.editorKey ?? `${kind.slice(0, 2)}0k1`;
  const block = `${key}b`;
  const placeholder = kind === "home" ? l.whatsHappening : l.postYourReply;
  const c = X_THEMES[opts.theme ?? "light"];
  const buttonId = kind === "dialog" ? "tweetButton" : "tweetButtonInline";
  const buttonText = kind === "home" ? l.post : l.reply;
  return `<div class="css-175oi2r r-1iusvr4 r-16y2uox r-1777fci r-1h8ys4a r-1bylmt5 r-13tjlyg r-7qyjyx r-1ftll1t"><div class="css-175oi2r r-184en5c"><div class="r-6koalj r-eqz5dr r-42olwf r-z2wwpe r-1phboty r-d045u9"><div class="css-175oi2r r-16y2uox"><div class="css-175oi2r r-6koalj r-eqz5dr r-16y2uox r-1wbh5a2 r-1bylmt5 r-184en5c"><div class="css-175oi2r r-1awozwy r-18u37iz r-1wtj0ep r-136ojw6"><div class="css-175oi2r r-13qz1uu"><div class="css-175oi2r r-16y2uox r-bnwqim r-13qz1uu r-1g40b8q"><div class="r-1oszu61 r-1niwhzg r-vqxq0j r-deolkf r-6koalj r-1mlwlqe r-eqz5dr r-1ebb2ja r-crgep1 r-ife"><div class="css-175oi2r r-1yadl64 r-eqz5dr r-16y2uox r-1wbh5a2 r-1777fci"><div class="css-175oi2r"><div class="css-175oi2r r-1awozwy r-18u37iz"><div class="css-175oi2r r-1dqbpge r-13awgt0 r-18u37iz" data-testid="tweetTextarea_0_label"><div class="css-175oi2r r-1wbh5a2 r-16y2uox"><div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-adyw6z r-135wba7 r-16dba41 r-6koalj" style="color: ${c.text};"><div class="css-175oi2r r-xoduu5 r-xyw6el r-13qz1uu r-1e084wi"><div class="false draftjs-styles_0 "><div class="r-1niwhzg r-17gur6a r-1yadl64 r-deolkf r-homxoj r-poiln3 r-7cikom r-1ny4l3l r-1ttztb7 r-t60dpp r-1dz5y72 r-fdjqy7 r-13qz1uu" data-testid="tweetTextarea_0RichTextInputContainer" style="max-height: 720px; min-height: ${kind === "home" ? 24 : 20}px;"><div class="DraftEditor-root"><div class="public-DraftEditorPlaceholder-root"><div class="public-DraftEditorPlaceholder-inner" id="placeholder-${key}" style="white-space: pre-wrap;">${esc(placeholder)}</div></div><div class="DraftEditor-editorContainer"><div aria-autocomplete="list" aria-describedby="placeholder-${key}" aria-label="${esc(l.postText)}" aria-multiline="true" class="notranslate public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0" role="textbox" spellcheck="true" tabindex="0" style="outline: none; user-select: text; white-space: pre-wrap; overflow-wrap: break-word;"><div data-contents="true"><div class="" data-block="true" data-editor="${key}" data-offset-key="${block}-0-0"><div data-offset-key="${block}-0-0" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr"><span data-offset-key="${block}-0-0"><br data-text="true"></span></div></div></div></div></div></div></div></div></div></div></div></div><div class="css-175oi2r"></div></div></div></div></div></div></div></div></div></div><div class="css-175oi2r r-1iusvr4 r-16y2uox"><div class="css-175oi2r r-kemksi r-jumn1c r-xd6kpl r-gtdqiz r-ipm5af r-184en5c"><div class="css-175oi2r r-18u37iz r-1pi2tsx r-1wtj0ep r-1e081e0 r-1f1sjgu" data-testid="toolBar"><nav aria-live="polite" role="navigation" class="css-175oi2r r-1awozwy r-18u37iz r-1ye8kvj r-1ag2gil"><div class="css-175oi2r r-1pi2tsx r-1777fci" data-testid="ScrollSnap-SwipeableList"><div role="tablist" class="css-175oi2r r-18u37iz r-16y2uox r-1wbh5a2 r-tzz3ar r-1pi2tsx r-buy8e9 r-mfh4gg r-2eszeu r-10m9thr r-lltvgl" data-testid="ScrollSnap-List"><div role="presentation" class="css-175oi2r r-14tvyh0 r-cpa5s6"><button aria-label="Add emoji" aria-haspopup="menu" role="button" class="css-175oi2r r-sdzlij r-1phboty r-rs99b7 r-lrvibr r-1loqt21" type="button"><div dir="ltr" class="css-146c3p1" style="color: rgb(29, 155, 240);"><svg viewBox="0 0 24 24" aria-hidden="true" class="r-4qtqp9"><g><path d="M8 9.5C8 8.119 8.672 7 9.5 7S11 8.119 11 9.5"></path></g></svg></div></button></div></div></div></nav><div class="css-175oi2r r-1awozwy r-18u37iz r-1s2bzr4"><button aria-disabled="true" disabled="" role="button" tabindex="-1" class="css-175oi2r r-sdzlij r-1phboty r-rs99b7 r-lrvibr r-1cwvpvk r-2yi16 r-1qi8awa r-3pj75a r-1loqt21 r-o7ynqc r-6416eg r-icoktb r-1ny4l3l" data-testid="${buttonId}" type="button" style="background-color: ${c.text}; border-color: rgba(0, 0, 0, 0);"><div dir="ltr" class="css-146c3p1 r-bcqeeo r-qvutc0 r-37j5jr r-q4m81j r-a023e6 r-rjixqe r-b88u0q r-1awozwy r-6koalj r-18u37iz r-16y2uox r-1777fci" style="color: ${c.background};"><span class="css-1jxf684 r-dnmrzs r-1udh08x r-1udbk01 r-3s2u2q r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3 r-1b43r93 r-1cwl3u0"><span class="${SPAN}">${esc(buttonText)}</span></span></div></button></div></div></div></div></div>`;
}
function xReplyContext(post2, opts = {}) {
  const theme = opts.theme ?? "light";
  const l = LABELS[post2.lang ?? "en"];
  const t = relativeTime(post2.time, opts.now ?? X_DEFAULT_NOW, l);
  return `<div class="css-175oi2r r-1iusvr4 r-16y2uox r-1777fci"><div class="css-175oi2r r-18u37iz"><div class="css-175oi2r r-18kxxzh r-1wron08 r-onrtq4 r-1awozwy">${avatar(post2.handle, true)}<div class="css-175oi2r r-1bnu78o r-f8sm7e r-m5arl1 r-16y2uox r-14gqq1x" style="background-color: ${X_THEMES[theme].border};"></div></div><div class="css-175oi2r r-1iusvr4 r-16y2uox r-1777fci r-kzbkwu">${userName(post2, l, theme, { linked: true, timeText: t.text, timeLabel: t.label })}${tweetText(post2, theme, "")}<div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-1s2bzr4" style="color: ${X_THEMES[theme].secondary};"><span class="${SPAN}">${esc(l.replyingTo)} </span><div class="css-175oi2r r-xoduu5"><span class="r-18u37iz"><a dir="ltr" href="/${esc(post2.handle)}" role="link" class="${SPAN} r-1loqt21" style="color: ${LINK_BLUE};">@${esc(post2.handle)}</a></span></div></div></div></div></div>`;
}
function xReplyDialog(post2, opts = {}) {
  const theme = opts.theme ?? "light";
  const l = LABELS[opts.lang ?? post2.lang ?? "en"];
  return `<div class="css-175oi2r r-zchlnj r-1d2f490 r-u8s1d r-ipm5af r-1p0dtai r-105ug2t"><div class="css-175oi2r r-aqfbo4 r-zchlnj r-1d2f490 r-1xcajam r-1p0dtai r-12vffkv"><div class="css-175oi2r r-1p0dtai r-1d2f490 r-1xcajam r-zchlnj r-ipm5af r-1ffj0ar" style="background-color: rgba(91, 112, 131, 0.4);"></div><div class="css-175oi2r r-12vffkv"><div aria-labelledby="modal-header" aria-modal="true" role="dialog" class="css-175oi2r r-1pz39u2 r-16y2uox r-1wbh5a2"><div class="css-175oi2r r-1wbh5a2 r-htvplk r-1udh08x r-17gur6a r-1pz39u2" style="background-color: ${X_THEMES[theme].background};"><div class="css-175oi2r r-136ojw6"><div class="css-175oi2r r-1e5uvyk r-6026j r-16y2uox"><div class="css-175oi2r r-1awozwy r-18u37iz r-1h3ijdo r-1777fci r-f8sm7e r-1h4fu65 r-1ye8kvj"><button aria-label="${esc(l.close)}" role="button" class="css-175oi2r r-sdzlij r-1phboty r-rs99b7 r-lrvibr r-2yi16 r-1qi8awa r-1loqt21 r-o7ynqc r-6416eg r-1ny4l3l" data-testid="app-bar-close" type="button"><div dir="ltr" class="css-146c3p1"><svg viewBox="0 0 24 24" aria-hidden="true" class="r-4qtqp9"><g><path d="M10.59 12L4.54 5.96l1.42-1.42"></path></g></svg></div></button><h2 aria-level="2" role="heading" id="modal-header" class="css-146c3p1 r-1vr29t4" style="color: ${X_THEMES[theme].text};"><span class="${SPAN}"></span></h2></div></div></div><div class="css-175oi2r r-kemksi r-16y2uox r-1wbh5a2"><div class="css-175oi2r r-1h8ys4a">${xReplyContext(post2, opts)}</div>${xComposer("dialog", { ...opts, lang: opts.lang ?? post2.lang ?? "en", editorKey: "dl0k1" })}</div></div></div></div></div></div>`;
}
function xPage(opts) {
  const theme = opts.theme ?? "light";
  const c = X_THEMES[theme];
  const l = LABELS[opts.lang ?? "en"];
  const nav = (testid, href, label) => `<a href="${href}" aria-label="${esc(label)}" role="link" class="css-175oi2r r-6koalj r-eqz5dr r-16y2uox r-1habvwh r-cnw61z r-13qz1uu r-1ny4l3l r-1loqt21" data-testid="${testid}"><div class="css-175oi2r r-sdzlij r-dnmrzs r-1awozwy r-18u37iz r-1777fci r-xyw6el r-o7ynqc r-6416eg"><div dir="ltr" class="css-146c3p1" style="color: ${c.text};"><span class="${SPAN}">${esc(label)}</span></div></div></a>`;
  return `<!DOCTYPE html>
<!-- ${opts.provenance.replace(/--/g, "- -")} -->
<html dir="ltr" lang="${opts.lang ?? "en"}" data-theme="${theme}" style="overflow-y: scroll; overscroll-behavior-y: none; font-size: 15px; color-scheme: ${c.scheme};"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=0,viewport-fit=cover"><meta name="theme-color" content="${theme === "light" ? "#FFFFFF" : theme === "dim" ? "#15202B" : "#000000"}"><title>${esc(opts.title)}</title><style>body{margin:0;font-family:-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}.css-175oi2r{display:flex;flex-direction:column;position:relative;box-sizing:border-box}.r-18u37iz{flex-direction:row}[data-testid="primaryColumn"]{width:600px}img.css-9pa8cd{width:0;height:0}.r-4qtqp9{width:18px;height:18px}</style></head>
<body style="background-color: ${c.background}; scrollbar-color: rgb(185, 202, 211) rgb(247, 249, 249);"><div id="react-root" style="height:100%;display:flex;"><div class="css-175oi2r r-13awgt0 r-12vffkv"><div class="css-175oi2r r-13awgt0 r-12vffkv"><div aria-hidden="false" class="css-175oi2r r-1f2l425 r-13qz1uu r-417010 r-18u37iz" dir="ltr"><header role="banner" class="css-175oi2r r-lrvibr r-1g40b8q r-obd0qt r-16y2uox"><div class="css-175oi2r r-1pi2tsx r-1wtj0ep r-1rnoaur r-o96wvk r-is05cd"><nav aria-label="Primary" role="navigation" class="css-175oi2r r-eqz5dr r-1habvwh">` + nav("AppTabBar_Home_Link", "/home", "Home") + nav("AppTabBar_Explore_Link", "/explore", "Explore") + nav("AppTabBar_Notifications_Link", "/notifications", "Notifications") + nav("AppTabBar_DirectMessage_Link", "/messages", "Messages") + nav("AppTabBar_Profile_Link", "/brand_fr", "Profile") + `</nav><a href="/compose/post" aria-label="${esc(l.post)}" role="link" class="css-175oi2r r-sdzlij r-1phboty r-rs99b7 r-lrvibr r-19yznuf r-64el8z r-1fkl15p r-1loqt21 r-o7ynqc r-6416eg r-1ny4l3l" data-testid="SideNav_NewTweet_Button"><div dir="ltr" class="css-146c3p1"><span class="${SPAN}">${esc(l.post)}</span></div></a></div></header><main role="main" class="css-175oi2r r-16y2uox r-1wbh5a2 r-1habvwh"><div class="css-175oi2r r-150rngu r-16y2uox r-1wbh5a2 r-113js5t"><div class="css-175oi2r r-aqfbo4 r-16y2uox"><div class="css-175oi2r r-1oszu61 r-1niwhzg r-18u37iz r-16y2uox r-2llsf r-13qz1uu r-1wtj0ep"><div class="css-175oi2r r-14lw9ot r-jxzhtn r-1ua6aaf r-th6na r-1phboty r-16y2uox r-184en5c r-1abdc3e r-1lg4w6u r-f8sm7e r-13qz1uu r-1ye8kvj" data-testid="primaryColumn" style="border-color: ${c.border};">${opts.primary}</div><div class="css-175oi2r r-aqfbo4 r-10f7w94 r-1hycxz" data-testid="sidebarColumn"><div class="css-175oi2r r-1hycxz r-gtdqiz"><div class="css-175oi2r r-1pi2tsx"><form aria-label="Search" role="search" class="r-1awozwy"><div class="css-175oi2r" data-testid="SearchBox_Search_Input_label"><input aria-label="Search query" role="combobox" placeholder="Search" type="text" data-testid="SearchBox_Search_Input" value=""></div></form></div></div></div></div></div></div></main></div></div></div></div><div id="layers" class="r-zchlnj r-1d2f490 r-u8s1d r-ipm5af r-1p0dtai r-105ug2t">${opts.layers ?? ""}</div>` + (opts.scripts ?? []).map((src) => `<script src="${esc(src)}"></script>`).join("") + "</body></html>\n";
}
function xHomeColumn(posts, opts = {}) {
  return `<div aria-label="Home timeline" tabindex="0" class="css-175oi2r"><div class="css-175oi2r r-14lw9ot r-184en5c"><div class="css-175oi2r"><div class="css-175oi2r r-1h8ys4a">` + (opts.composer === false ? "" : `<div class="css-175oi2r r-3pj75a"><div class="css-175oi2r r-18u37iz r-184en5c">${xComposer("home", { ...opts, editorKey: "hm0k1" })}</div></div>`) + `</div></div></div><section aria-labelledby="accessible-list-1" role="region" class="css-175oi2r"><h1 dir="auto" aria-level="1" role="heading" id="accessible-list-1" class="css-146c3p1 r-4iw3lz r-1xk2f4g r-109y4c4 r-1udh08x r-wwvuq4 r-u8s1d r-92ng3h">Your Home Timeline</h1>${xTimeline(posts, opts)}</section></div>`;
}
function xStatusColumn(focused, replies, opts = {}) {
  const composerCell = `<div class="css-175oi2r" data-testid="cellInnerDiv" style="transform: translateY(${estimateCellHeight(focused)}px); position: absolute; width: 100%;"><div class="css-175oi2r r-1adg3ll r-1ny4l3l"><div class="css-175oi2r r-18u37iz r-184en5c" data-testid="inline_reply_offscreen">${xComposer("reply", { ...opts, editorKey: "rp0k1" })}</div></div></div>`;
  let top = estimateCellHeight(focused) + 120;
  const replyCells = replies.map((post2) => {
    const cell = xCell(post2, top, opts);
    top += estimateCellHeight(post2);
    return cell;
  });
  return `<section aria-labelledby="accessible-list-0" role="region" class="css-175oi2r"><h1 dir="auto" aria-level="1" role="heading" id="accessible-list-0" class="css-146c3p1 r-4iw3lz r-1xk2f4g r-109y4c4 r-1udh08x r-wwvuq4 r-u8s1d r-92ng3h">Conversation</h1><div aria-label="Timeline: Conversation" class="css-175oi2r"><div style="position: relative; min-height: ${top}px;">` + xCell(focused, 0, { ...opts, focused: true }) + composerCell + replyCells.join("") + "</div></div></section>";
}

// tests/fixtures/markup/samples.ts
var minutesAgo = (m) => new Date(Date.parse(X_DEFAULT_NOW) - m * 6e4).toISOString();
var post = (minutes, seq, rest) => {
  const time = minutesAgo(minutes);
  return { id: statusIdFromTime(time, seq), time, ...rest };
};
var XSS_TEXT = 'Test de s\xE9curit\xE9 : <script>alert(1)</script> et <img src=x onerror=alert(1)> & "guillemets"';
var QUOTE_POST = post(42, 7, {
  name: "L\xE9a Martin",
  handle: "lea_martin",
  lang: "en",
  textLang: "fr",
  text: "Exactement ce que je disais hier \u{1F447} @cafe_lumiere vous en pensez quoi ?",
  counts: { replies: 4, reposts: 1, likes: 19, views: 870 },
  quoted: {
    id: statusIdFromTime(minutesAgo(300), 3),
    time: minutesAgo(300),
    name: "Caf\xE9 Lumi\xE8re",
    handle: "cafe_lumiere",
    verified: true,
    textLang: "fr",
    text: "Nouvelle carte d\u2019automne \u{1F950}\u2615 disponible d\xE8s demain dans tous nos caf\xE9s !",
    media: [{ kind: "photo", alt: "Une tasse de caf\xE9 et un croissant sur une table en bois" }]
  }
});
var XSS_POST = post(55, 9, {
  name: "S\xE9cu <b>Test</b>",
  handle: "secu_test",
  lang: "en",
  textLang: "fr",
  text: XSS_TEXT,
  counts: { replies: 1, likes: 2, views: 64 }
});
var X_HOME_POSTS = [
  post(3, 1, { name: "Caf\xE9 Lumi\xE8re", handle: "cafe_lumiere", verified: true, lang: "en", textLang: "fr", text: "Bonjour \xE0 tous \u{1F44B} Qui vient go\xFBter le nouveau latte noisette ce week-end ? #cafe", counts: { replies: 12, reposts: 3, likes: 45, views: 1234 }, media: [{ kind: "photo", alt: "Latte noisette" }] }),
  post(9, 2, { name: "Jordan Smith", handle: "jsmith", lang: "en", text: "My order #4521 never arrived and support has not answered in 3 days. Really disappointed \u{1F621} @cafe_lumiere", counts: { replies: 2, likes: 7, views: 310 } }),
  post(14, 3, { name: "Camille Bernard", handle: "camille_b", lang: "en", textLang: "fr", text: "Est-ce que vous livrez \xE0 Lyon ? Je ne trouve pas l\u2019info sur le site \u{1F914}", counts: { replies: 1, likes: 3, views: 150 } }),
  post(20, 4, { name: "Tech Daily", handle: "techdaily", verified: true, lang: "en", text: "Five things every community manager should automate in 2026 https://example.com/blog/community-managers-automation-guide-2026", counts: { replies: 31, reposts: 120, likes: 880, bookmarks: 95, views: 120400 }, countStyle: "grouped" }),
  post(26, 5, { name: "Marie Dupont", handle: "mariedupont", lang: "en", textLang: "fr", text: "Merci pour l\u2019accueil ce matin, \xE9quipe au top \u{1F64F}\u2764\uFE0F", counts: { likes: 14, views: 402 }, repostedBy: { name: "Caf\xE9 Lumi\xE8re", handle: "cafe_lumiere" } }),
  post(33, 6, { name: "Alex Chen", handle: "alexchen", lang: "en", text: "Line one of a longer thought.\nLine two, after a break.\n\nAnd a last paragraph with a link https://example.org/a", counts: { replies: 3, reposts: 2, likes: 10, views: 999 } }),
  QUOTE_POST,
  post(48, 8, { name: "Bouygues Fan", handle: "bfan", lang: "en", textLang: "fr", text: "Troisi\xE8me fois que ma commande est annul\xE9e sans explication. C\u2019est inadmissible.", counts: { replies: 9, reposts: 4, likes: 33, views: 2100 } }),
  XSS_POST,
  post(61, 10, { name: "Sofia Rossi", handle: "sofia_r", lang: "en", text: "Video from the launch event \u{1F680}", counts: { replies: 5, reposts: 8, likes: 61, views: 5400 }, media: [{ kind: "video" }] }),
  post(70, 11, { name: "Nathan Petit", handle: "npetit", lang: "en", textLang: "fr", text: "Quelqu\u2019un a test\xE9 le programme fid\xE9lit\xE9 ? \xC7a vaut le coup ?", counts: { replies: 6, likes: 2, views: 330 } }),
  post(85, 12, { name: "Open Source Weekly", handle: "osweekly", lang: "en", text: "This week: browser extensions that respect your privacy, and how to audit one yourself. A long read, but a good one: we went through manifests, permissions, network logs and the review process of both stores to see what actually protects users and what is theatre", counts: { replies: 14, reposts: 40, likes: 210, views: 18e3 }, truncated: true }),
  post(96, 13, { name: "In\xE8s Moreau", handle: "ines_m", lang: "en", textLang: "fr", text: "Les photos de l\u2019atelier de samedi \u{1F4F8}", counts: { likes: 22, views: 640 }, media: [{ kind: "photo", alt: "Atelier" }, { kind: "photo", alt: "Participants" }] }),
  post(120, 14, { name: "Ben Carter", handle: "bcarter", lang: "en", text: "\u{1F44D}", counts: { likes: 1, views: 12 } }),
  post(140, 15, { name: "Visuals Only", handle: "visualsonly", lang: "en", text: "", counts: { likes: 150, views: 9e3 }, media: [{ kind: "photo" }] }),
  post(180, 16, { name: "Hugo Lef\xE8vre", handle: "hugo_lf", lang: "en", textLang: "fr", text: "@cafe_lumiere bravo pour la nouvelle boutique \xE0 Nantes, h\xE2te de passer \u{1F389}", counts: { replies: 1, likes: 8, views: 220 } }),
  post(240, 17, { name: "Priya N", handle: "priya_n", lang: "en", text: "Is the app down for anyone else? Getting an error on login \u26A0\uFE0F", counts: { replies: 27, reposts: 3, likes: 40, views: 7600 } }),
  post(360, 18, { name: "Le Journal Local", handle: "journal_local", verified: true, lang: "en", textLang: "fr", text: "Le march\xE9 de No\xEBl ouvre ses portes vendredi. Programme complet : https://example.fr/marche-de-noel", counts: { replies: 2, reposts: 11, likes: 37, views: 4100 }, quoted: { id: statusIdFromTime(minutesAgo(2e3), 1), time: minutesAgo(2e3), name: "Ville de Nantes", handle: "nantes_ville", textLang: "fr", text: "Ouverture du march\xE9 de No\xEBl le 5 d\xE9cembre place Royale." } }),
  post(900, 19, { name: "Tom Garcia", handle: "tgarcia", lang: "en", text: "Shoutout to the team for fixing my issue within the hour. That is how you do support \u{1F525}", counts: { replies: 1, reposts: 1, likes: 12, views: 480 } }),
  post(3e3, 20, { name: "Chlo\xE9 Roux", handle: "chloe_roux", lang: "en", textLang: "fr", text: "Petit-d\xE9j parfait ce matin \u2615\u{1F950}\u{1F60D}", counts: { likes: 5, views: 90 } })
];
var X_HOME_POSTS_FR = X_HOME_POSTS.map((p) => ({ ...p, lang: "fr", countStyle: p.countStyle === "grouped" ? "grouped" : "plain" }));
var X_STATUS_FOCUSED = post(47, 2, {
  name: "Jordan Smith",
  handle: "jsmith",
  lang: "fr",
  textLang: "en",
  text: "My order #4521 never arrived and support has not answered in 3 days. Really disappointed \u{1F621} @cafe_lumiere",
  counts: { replies: 2, reposts: 1, likes: 7, bookmarks: 1, views: 1234 },
  countStyle: "grouped"
});
var X_STATUS_REPLIES = [
  post(40, 3, { name: "Camille Bernard", handle: "camille_b", lang: "fr", textLang: "fr", text: "@jsmith pareil pour moi, commande #4519 \u{1F615}", counts: { likes: 1, views: 40 } }),
  post(30, 4, { name: "Ben Carter", handle: "bcarter", lang: "fr", text: "@jsmith @cafe_lumiere any update on this?", counts: { views: 12 } })
];
var X_DIALOG_POST = X_HOME_POSTS[2] ?? QUOTE_POST;
var NAMES = ["L\xE9a Martin", "Jordan Smith", "Camille Bernard", "Alex Chen", "Marie Dupont", "Sofia Rossi", "Nathan Petit", "In\xE8s Moreau", "Ben Carter", "Hugo Lef\xE8vre", "Priya N", "Tom Garcia", "Chlo\xE9 Roux"];
var TEXTS = [
  "Bonjour ! Est-ce que la boutique est ouverte dimanche ? \u{1F914}",
  "Still waiting for a refund on order #%n. This is the third time I ask.",
  "Merci pour la r\xE9ponse rapide, top \u{1F44D}",
  "New blog post: how we moderate our forum https://example.com/blog/moderation-%n",
  "Quelqu\u2019un sait si le code promo marche encore ?",
  "Loved the event yesterday \u{1F389}\u{1F389} see you next month @cafe_lumiere",
  "Service client injoignable depuis ce matin. #d\xE9\xE7u",
  "Line one\nLine two\nLine three",
  "Thread \u{1F9F5} 1/5: what we learned running a community of 50k people",
  "Vous recrutez ? J\u2019aimerais candidater pour le poste de CM."
];
function makeXPosts(count, seed = 1, startMinutesAgo = 1) {
  const random = createRandom(seed);
  const posts = [];
  for (let i = 0; i < count; i++) {
    const name = pick(random, NAMES);
    const handle = name.toLowerCase().normalize("NFD").replace(/[^a-z]+/g, "_").replace(/^_|_$/g, "") + i % 97;
    const time = minutesAgo(startMinutesAgo + i * 3);
    const fr = i % 13 === 0;
    const p = {
      id: statusIdFromTime(time, seed * 31 + i & 4095),
      time,
      name,
      handle,
      text: pick(random, TEXTS).replace("%n", String(1e3 + i)),
      lang: fr ? "fr" : "en",
      counts: { replies: Math.floor(random() * 40), reposts: Math.floor(random() * 20), likes: Math.floor(random() * 500), views: Math.floor(random() * 5e4) },
      countStyle: fr ? "grouped" : "plain"
    };
    if (i % 7 === 3) p.media = [{ kind: "photo", alt: "Photo" }];
    if (i % 11 === 5) {
      const qt = minutesAgo(startMinutesAgo + i * 3 + 600);
      p.quoted = { id: statusIdFromTime(qt, i & 4095), time: qt, name: pick(random, NAMES), handle: "quoted_" + i % 50, text: pick(random, TEXTS).replace("%n", String(i)) };
    }
    posts.push(p);
  }
  return posts;
}
var FB_FEED_POSTS = [
  {
    id: "1122334455667701",
    author: "Caf\xE9 Lumi\xE8re",
    authorPath: "/cafelumiere",
    timeLabel: "2 h",
    lang: "fr",
    text: "Notre nouvelle carte d\u2019automne arrive demain ! \u{1F342}\nDites-nous en commentaire quelle boisson vous voulez go\xFBter en premier.",
    reactions: 128,
    commentCount: 3,
    shares: 4,
    photo: { alt: "Peut \xEAtre une image de caf\xE9 et croissant" },
    comments: [
      {
        id: "9001",
        author: "Marie Dupont",
        authorPath: "/marie.dupont",
        text: "Le latte noisette sans h\xE9siter !",
        timeLabel: "1 h",
        timeAgo: "il y a 1 heure",
        replies: [{ id: "9002", author: "Caf\xE9 Lumi\xE8re", authorPath: "/cafelumiere", text: "Excellent choix Marie \u{1F60A}", timeLabel: "45 min", timeAgo: "il y a 45 minutes" }]
      },
      { id: "9003", author: "Jordan Smith", authorPath: "/jordan.smith", text: "Toujours pas de r\xE9ponse pour ma commande #4521\u2026", timeLabel: "30 min", timeAgo: "il y a 30 minutes" }
    ]
  },
  {
    id: "1122334455667702",
    author: "Camille Bernard",
    authorPath: "/camille.bernard",
    timeLabel: "5 h",
    lang: "fr",
    text: "Bonjour, est-ce que vous livrez \xE0 Lyon ? Je ne trouve pas l\u2019information sur le site.",
    reactions: 2,
    commentCount: 0
  },
  {
    id: "1122334455667703",
    author: "Le Journal Local",
    authorPath: "/journallocal",
    timeLabel: "1 j",
    lang: "fr",
    roleArticle: false,
    text: "Le march\xE9 de No\xEBl ouvre vendredi place Royale. Programme complet sur notre site.",
    reactions: 56,
    commentCount: 1,
    shares: 12,
    comments: [{ id: "9004", author: "Hugo Lef\xE8vre", authorPath: "/hugo.lefevre", text: "Super nouvelle, merci !", timeLabel: "20 h", timeAgo: "il y a 20 heures" }]
  },
  {
    id: "1122334455667704",
    author: "S\xE9cu <b>Test</b>",
    authorPath: "/secu.test",
    timeLabel: "2 j",
    lang: "fr",
    text: XSS_TEXT,
    reactions: 1
  }
];

// tests/fixtures/markup/facebook.ts
var LABELS2 = {
  fr: {
    commentBy: (name, ago) => `Commentaire de ${name} ${ago}`,
    replyBy: (name, to, ago) => `R\xE9ponse de ${name} au commentaire de ${to} ${ago}`,
    like: "J\u2019aime",
    reply: "R\xE9pondre",
    comment: "Commenter",
    leaveComment: "\xC9crire un commentaire",
    share: "Partager",
    shareLabel: "Envoyer ceci \xE0 vos amis ou publier ceci sur votre profil",
    comments: (n) => `${n} commentaire${n > 1 ? "s" : ""}`,
    shares: (n) => `${n} partage${n > 1 ? "s" : ""}`,
    reactions: (n) => `J\u2019aime : ${n} personne${n > 1 ? "s" : ""}`,
    seeReactions: "Voir qui a r\xE9agi \xE0 ceci",
    writeComment: "\xC9crivez un commentaire\u2026",
    actions: "Actions pour cette publication",
    feed: "Publications du fil d\u2019actualit\xE9"
  },
  en: {
    commentBy: (name, ago) => `Comment by ${name} ${ago}`,
    replyBy: (name, to, ago) => `Reply by ${name} to ${to}'s comment ${ago}`,
    like: "Like",
    reply: "Reply",
    comment: "Comment",
    leaveComment: "Leave a comment",
    share: "Share",
    shareLabel: "Send this to friends or post it on your profile.",
    comments: (n) => `${n} comment${n > 1 ? "s" : ""}`,
    shares: (n) => `${n} share${n > 1 ? "s" : ""}`,
    reactions: (n) => `Like: ${n} ${n > 1 ? "people" : "person"}`,
    seeReactions: "See who reacted to this",
    writeComment: "Write a comment\u2026",
    actions: "Actions for this post",
    feed: "News Feed posts"
  }
};
var FB_WRITE_COMMENT = { fr: LABELS2.fr.writeComment, en: LABELS2.en.writeComment };
var FB_SUBMIT_COMMENT = { fr: LABELS2.fr.comment, en: LABELS2.en.comment };
function profileLink(name, path, inner) {
  return `<a aria-hidden="false" class="x1i10hfl xjbqb8w x1ejq31n x18oe1m7 x1sy0etr xstzfhl x972fbf x10w94by x1qhh985 x14e42zd x9f619 x1ypdohk xt0psk2 x3ct3a4 xdj266r x14z9mp xat24cr x1lziwak xexx8yu xyri2b x18d9i69 x1c1uobl x16tdsg8 x1hl2dhg xggy1nq x1a2a7pz xkrqix3 x1sur9pj xzsf02u x1s688f" href="https://www.facebook.com${esc(path ?? `/${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}`)}" role="link" tabindex="0">${inner}</a>`;
}
function storyText(text) {
  return text.split("\n").map((line) => `<div dir="auto" style="text-align: start;">${esc(line)}</div>`).join("");
}
function comment(c, l, parent) {
  const label = parent ? l.replyBy(c.author, parent.author, c.timeAgo) : l.commentBy(c.author, c.timeAgo);
  return `<div class="x1n2onr6 x1ye3gou x1iorvi4 x78zum5 x1q0g3np x1a2a7pz"><div aria-label="${esc(label)}" class="x1n2onr6 x1iorvi4 x4uap5 x18d9i69 x1swvt13 x78zum5 x1q0g3np x1a2a7pz" role="article" tabindex="-1"><div class="x1rg5ohu x1n2onr6 x3ajldb x1ja2u2z">${profileLink(c.author, c.authorPath, `<svg aria-label="${esc(c.author)}" class="x3ajldb" data-visualcompletion="ignore-dynamic" role="img" style="height: 32px; width: 32px;"><g><image x="0" y="0" height="100%" preserveAspectRatio="xMidYMid slice" width="100%" xlink:href="https://scontent.xx.fbcdn.net/v/t39.30808-1/${esc(c.id)}_n.jpg" style="height: 32px; width: 32px;"></image></g></svg>`)}</div><div class="x1r8uery x1iyjqo2 x6ikm8r x10wlt62 x1pi30zi"><div class="x78zum5 xdt5ytf"><div class="x1n2onr6"><div class="x1y1aw1k xv54qhq xwib8y2 xf7dkkf x1ye3gou xn6708d x1lq5wgf xgqcy7u x30kzoy x9jhf4c xev17xk x9f619 x1rgmuzj xzxpgw8 xa4qsjk"><span class="xt0psk2"><span class="xjp7ctv">${profileLink(c.author, c.authorPath, `<span class="x193iq5w xeuugli x13faqbe x1vvkbs x1xmvt09 x1lliihq x1s928wv xhkezso x1gmr53x x1cpjm7i x1fgarty x1943h6x x4zkp8e x676frb x1nxh6w3 x1sibtaa x1s688f xzsf02u" dir="auto"><span class="x3nfvp2">${esc(c.author)}</span></span>`)}</span></span><div class="x1lliihq xjkvuk6 x1iorvi4"><span class="x193iq5w xeuugli x13faqbe x1vvkbs x1xmvt09 x1lliihq x1s928wv xhkezso x1gmr53x x1cpjm7i x1fgarty x1943h6x xudqn12 x3x7a5m x6prxxf xvq8zen xo1l8bm xzsf02u" dir="auto" lang="fr-FR"><div class="xdj266r x11i5rnm xat24cr x1mh8g0r x1vvkbs"><div dir="auto" style="text-align: start;">${esc(c.text)}</div></div></span></div></div></div></div><ul class="html-ul x1iyjqo2 x6ikm8r x10wlt62"><li class="html-li"><a class="x1i10hfl" href="https://www.facebook.com/permalink.php?comment_id=${esc(c.id)}" role="link" tabindex="0"><span class="html-span">${esc(c.timeLabel)}</span></a></li><li class="html-li"><div aria-label="${esc(l.like)}" class="x1i10hfl" role="button" tabindex="0">${esc(l.like)}</div></li><li class="html-li"><div class="x1i10hfl" role="button" tabindex="0">${esc(l.reply)}</div></li></ul></div></div>` + (c.replies?.length ? `<div class="x1n2onr6 x1xb5h2r">${c.replies.map((r) => comment(r, l, c)).join("")}</div>` : "") + "</div>";
}
function fbPost(post2, posinset, setsize = -1) {
  const lang = post2.lang ?? "fr";
  const l = LABELS2[lang];
  const n = posinset * 10;
  const ids = { title: `:r${n.toString(36)}:`, message: `:r${(n + 1).toString(36)}:`, media: `:r${(n + 2).toString(36)}:` };
  const role = post2.roleArticle === false ? "" : ' role="article"';
  const photo = post2.photo ? `<div class="x10l6tqk x13vifvy" id="${ids.media}"><a class="x1i10hfl x1qjc9v5 xjbqb8w" href="https://www.facebook.com/photo/?fbid=${esc(post2.id)}1" role="link" tabindex="0"><div class="x6ikm8r x10wlt62 x10l6tqk"><img alt="${esc(post2.photo.alt)}" class="x168nmei x13lgxp2 x5pf9jr xo71vjh x1ey2m1c xds687c x5yr21d x10l6tqk x17qophe x13vifvy xh8yej3" referrerpolicy="origin-when-cross-origin" src="https://scontent.xx.fbcdn.net/v/t39.30808-6/${esc(post2.id)}_n.jpg"></div></a></div>` : "";
  const counts = `<div class="x6s0dn4 xi81zsa x78zum5 x6prxxf x13a6bvl xvq8zen xdj266r xat24cr x1c1uobl xyri2b x1diwwjn xbmvrgn x1y1aw1k xwib8y2">` + (post2.reactions ? `<div class="x6s0dn4 x78zum5 x1iyjqo2 x6ikm8r x10wlt62"><span aria-label="${esc(l.seeReactions)}" class="xrbpyxo x6ikm8r x10wlt62 xlyipyv x1exxlbk" role="toolbar"><span class="html-span"><div aria-label="${esc(l.reactions(post2.reactions))}" class="x1i10hfl" role="button" tabindex="0"><img height="18" role="presentation" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E" width="18"></div></span></span><div class="x1i10hfl" role="button" tabindex="0"><span class="xt0b8zv x2bj2ny xrbpyxo xl423tq"><span class="x1e558r4">${post2.reactions}</span></span></div></div>` : "") + (post2.commentCount ? `<div class="x9f619 x1n2onr6 x1ja2u2z x78zum5"><div class="x1i10hfl" role="button" tabindex="0"><span class="html-span" dir="auto">${esc(l.comments(post2.commentCount))}</span></div></div>` : "") + (post2.shares ? `<div class="x9f619 x1n2onr6 x1ja2u2z x78zum5"><div class="x1i10hfl" role="button" tabindex="0"><span class="html-span" dir="auto">${esc(l.shares(post2.shares))}</span></div></div>` : "") + "</div>";
  const action = (label, renderingRole, text) => `<div class="x9f619 x1n2onr6 x1ja2u2z x78zum5 x1r8uery x1iyjqo2 xs83m0k xeuugli x1qughib x6s0dn4 xozqiw3 x1q0g3np xn6708d x1ye3gou xexx8yu xcud41i x139jcc6 x4cne27 xifccgj xykv574 xbmpl8g x4vbgl9 x1rdy4ex"><div aria-label="${esc(label)}" class="x1i10hfl x1qjc9v5 xjbqb8w xjqpnuy xc5r6h4 xqeqjp1 x1phubyo x13fuv20 x18b5jzi x1q0q8m5 x1t7ytsu x972fbf x10w94by x1qhh985 x14e42zd x9f619 x1ypdohk xdl72j9 x2lah0s x3ct3a4 xdj266r x14z9mp xat24cr x1lziwak x2lwn1j xeuugli xexx8yu xyri2b x18d9i69 x1c1uobl x1n2onr6 x16tdsg8 x1hl2dhg xggy1nq x1ja2u2z x1t137rt x1fmog5m xu25z0z x140muxe xo1y3bh x3nfvp2 x1q0g3np x87ps6o x1lku1pv x1a2a7pz" role="button" tabindex="0"><div class="x9f619 x1n2onr6 x1ja2u2z x78zum5 xdt5ytf x193iq5w xeuugli x1r8uery x1iyjqo2 xs83m0k xsyo7zv x16hj40l x10b6aqq x1yrsyyn"><span class="x193iq5w xeuugli x13faqbe x1vvkbs x1xmvt09 x1lliihq x1s928wv xhkezso x1gmr53x x1cpjm7i x1fgarty x1943h6x xudqn12 x3x7a5m x6prxxf xvq8zen x1s688f xi81zsa" data-ad-rendering-role="${renderingRole}" dir="auto">${esc(text)}</span></div></div></div>`;
  return `<div class="x1yztbdb x1n2onr6 xh8yej3 x1ja2u2z"><div aria-describedby="${ids.message} ${ids.media}" aria-labelledby="${ids.title}" aria-posinset="${posinset}" aria-setsize="${setsize}" class="x1a2a7pz"${role}><div class="x78zum5 xdt5ytf"><div class="x9f619 x1n2onr6 x1ja2u2z"><div class="html-div xdj266r x14z9mp xat24cr x1lziwak xexx8yu xyri2b x18d9i69 x1c1uobl"><div class="x1lliihq"><div class="xu06os2 x1ok221b"><div class="x1cy8zhl x78zum5 x1q0g3np xod5an3 x1pi30zi x1swvt13 xz9dl7a"><div class="x1rg5ohu x1n2onr6 xs7f9wi">${profileLink(post2.author, post2.authorPath, `<svg aria-label="${esc(post2.author)}" class="x3ajldb" data-visualcompletion="ignore-dynamic" role="img" style="height: 40px; width: 40px;"><g><image x="0" y="0" height="100%" preserveAspectRatio="xMidYMid slice" width="100%" xlink:href="https://scontent.xx.fbcdn.net/v/t39.30808-1/p${esc(post2.id)}_n.jpg" style="height: 40px; width: 40px;"></image></g></svg>`)}</div><div class="x1iyjqo2 xeuugli"><div class="xu06os2 x1ok221b"><div data-ad-rendering-role="profile_name"><h4 class="html-h4 xdj266r x14z9mp xat24cr x1lziwak xexx8yu xyri2b x18d9i69 x1c1uobl x1vvkbs x1heor9g x1qlqyl8 x1pd3egz x1a2a7pz x1gslohp x1yc453h" id="${ids.title}"><span class="html-span xdj266r x14z9mp xat24cr x1lziwak xexx8yu xyri2b x18d9i69 x1c1uobl x1hl2dhg x16tdsg8 x1vvkbs">${profileLink(post2.author, post2.authorPath, `<b class="html-b xdj266r x14z9mp xat24cr x1lziwak xexx8yu xyri2b x18d9i69 x1c1uobl x1hl2dhg x16tdsg8 x1vvkbs x1s688f"><span class="xt0psk2">${esc(post2.author)}</span></b>`)}</span></h4></div></div><div class="xu06os2 x1ok221b"><span class="html-span"><span class="x4k7w5x x1h91t0o x1h9r5lt x1jfb8zj xv2umb2 x1beo9mf xaigb6o x12ejxvf x3igimt xarpa2k xedcshv x1lytzrv x1t2pt76 x7ja8zs x1qrby5j"><a aria-label="${esc(post2.timeLabel)}" class="x1i10hfl xjbqb8w x1ejq31n" href="#" role="link" tabindex="0"><span class="html-span">${esc(post2.timeLabel)}</span></a></span></span></div></div><div class="x1cy8zhl x78zum5"><div aria-expanded="false" aria-haspopup="menu" aria-label="${esc(l.actions)}" class="x1i10hfl" role="button" tabindex="0"><svg viewBox="0 0 20 20" width="20" height="20" class="x14rh7hd"><g><circle cx="10" cy="10" r="2"></circle></g></svg></div></div></div></div><div class="html-div xdj266r x14z9mp xat24cr x1lziwak xexx8yu xyri2b x18d9i69 x1c1uobl" dir="auto"><div data-ad-rendering-role="story_message"><div class="x1iorvi4 x1pi30zi x1l90r2v x1swvt13" data-ad-comet-preview="message" data-ad-preview="message" id="${ids.message}"><div class="x78zum5 xdt5ytf xz62fqu x16ldp7u"><div class="xu06os2 x1ok221b"><span class="x193iq5w xeuugli x13faqbe x1vvkbs x1xmvt09 x1lliihq x1s928wv xhkezso x1gmr53x x1cpjm7i x1fgarty x1943h6x xudqn12 x3x7a5m x6prxxf xvq8zen xo1l8bm xzsf02u x1yc453h" dir="auto"><div class="html-div xdj266r x14z9mp xat24cr x1lziwak xexx8yu xyri2b x18d9i69 x1c1uobl">${storyText(post2.text)}</div></span></div></div></div></div></div>` + photo + `<div class="x1n2onr6"><div class="x1n2onr6">${counts}<div class="x9f619 x1ja2u2z x78zum5 x2lah0s x1n2onr6 x1qughib x1qjc9v5 xozqiw3 x1q0g3np xykv574 xbmpl8g x4cne27 xifccgj">` + action(l.like, "like_button", l.like) + action(l.leaveComment, "comment_button", l.comment) + action(l.shareLabel, "share_button", l.share) + `</div></div><div class="x1jx94hy x12nagc"><div class="x78zum5 xdt5ytf">${(post2.comments ?? []).map((c) => comment(c, l)).join("")}</div></div></div></div></div></div></div></div></div>`;
}
function fbFeed(posts, lang = "fr") {
  return `<div class="x1hc1fzr x1unhpq9 x6o7n8i"><h3 class="html-h3 x1vvkbs x1heor9g x1qlqyl8 x1pd3egz x1a2a7pz x1gslohp x1yc453h x10l6tqk x1i1rx1s x1ja2u2z">${esc(LABELS2[lang].feed)}</h3>` + posts.map((post2, i) => fbPost(post2, i + 1)).join("") + "</div>";
}
function fbPage(opts) {
  const lang = opts.lang ?? "fr";
  return `<!DOCTYPE html>
<!-- ${opts.provenance.replace(/--/g, "- -")} -->
<html id="facebook" class="_9dls __fb-light-mode" lang="${lang}" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(opts.title)}</title><style>body{margin:0;font-family:Segoe UI Historic,Segoe UI,Helvetica,Arial,sans-serif;background:#f0f2f5}img{max-width:100%}[data-lexical-editor]{min-height:1.4em;border:1px solid #ccd0d5;border-radius:18px;padding:6px 12px}</style></head>
<body class="_6s5d _71pn system-fonts--body segoe"><div id="mount_0_0_Ab" class="x9f619 x1n2onr6 x1ja2u2z"><div class="x9f619 x1n2onr6 x1ja2u2z"><div class="x78zum5 xdt5ytf x1t2pt76 x1n2onr6 x1ja2u2z x10cihs4"><div role="banner" class="x1qjc9v5 x78zum5 x1q0g3np x1iyjqo2"><a aria-label="Facebook" class="x1i10hfl" href="/" role="link" tabindex="0"><svg viewBox="0 0 36 36" height="40" width="40"><path d="M20.181 35.87C29.094 34.791 36 27.202 36 18"></path></svg></a></div><div class="x78zum5 xdt5ytf x1iyjqo2 x1t2pt76 xeuugli x1n2onr6 x1ja2u2z"><div role="main" class="x78zum5 xdt5ytf x1iyjqo2 x1n2onr6">${opts.main}</div></div></div></div></div>` + (opts.scripts ?? []).map((src) => `<script src="${esc(src)}"></script>`).join("") + "</body></html>\n";
}
function fbMessengerThread(contact, messages, lang = "fr") {
  const label = lang === "fr" ? `Conversation avec ${contact}` : `Conversation with ${contact}`;
  const rows = messages.map((m) => `<div class="x78zum5 xdt5ytf" role="row"><div class="x1n2onr6" role="gridcell" tabindex="-1"><div class="html-div ${m.from === "me" ? "x1fqp7bg" : "x1s6r6fe"}" dir="auto">${esc(m.text)}</div></div></div>`).join("");
  return `<div aria-label="${esc(label)}" class="x1n2onr6" role="main"><div class="x78zum5 xdt5ytf"><h2 class="html-h2">${esc(contact)}</h2><div aria-label="${esc(lang === "fr" ? `Messages de la conversation avec ${contact}` : `Messages in conversation with ${contact}`)}" class="x78zum5 xdt5ytf" role="grid">${rows}</div><div class="x1n2onr6 xh8yej3"><div class="xzsf02u x1a2a7pz x1n2onr6 x14wi4xw x1iyjqo2 x1gh3ibb xisnujt xeuugli x1odjw0f notranslate" contenteditable="true" role="textbox" spellcheck="true" tabindex="0" aria-label="Message" aria-describedby=":m1:" aria-placeholder="Aa" style="user-select: text; white-space: pre-wrap; word-break: break-word;"><p class="xat24cr xdj266r"><br></p></div></div></div></div>`;
}

// tests/fixtures/pages.ts
var X_HOST_SCRIPT = "/__fixtures/x-host.js";
var FB_HOST_SCRIPT = "/__fixtures/fb-host.js";
var MODELLED_ON = "2026-12-01";
var X_SOURCES = "real-markup captures imbue-ai/bouncer Bouncer/tests/fixtures/twitter.html (x.com/home, posts of 2026-03-02/03, with the home composer) and mlamp/tweetyoink tests/fixtures/x-tweet-quote.html (a quote post, 2025-10-28)";
var FB_SOURCES = "no public capture of current Facebook exists; structure follows propublica/facebook-political-ads extension/__tests__/fixtures/timeline.html (feed story with aria-posinset, 2018-04-02) and the Comet hooks in docs/SITES.md";
function provenance(page, sources, extra = "") {
  return `CM Sidekick fixture: ${page}. Modelled on ${sources}, ${MODELLED_ON}.${extra ? ` ${extra}` : ""} Generated by scripts/build-fixtures.mjs from tests/fixtures/pages.ts; edit the generator, not this file.`;
}
function xHomePage(opts = {}) {
  const posts = opts.posts ?? (opts.lang === "fr" ? X_HOME_POSTS_FR : X_HOME_POSTS);
  return xPage({
    title: opts.lang === "fr" ? "(2) Accueil / X" : "(2) Home / X",
    lang: opts.lang ?? "en",
    theme: opts.theme ?? "light",
    provenance: provenance("x.com/home", X_SOURCES, "Light theme as served; ?theme=dim|dark switches it at load, as X applies the saved setting."),
    primary: xHomeColumn(posts, { lang: opts.lang ?? "en", theme: opts.theme, composer: opts.composer }),
    scripts: opts.scripts ?? [X_HOST_SCRIPT]
  });
}
var FIXTURE_PAGES = [
  { file: "x/home.html", url: "https://x.com/home", html: () => xHomePage() },
  { file: "x/home.fr.html", url: "https://x.com/home?lang=fr", html: () => xHomePage({ lang: "fr" }) },
  {
    file: "x/status.html",
    url: `https://x.com/${X_STATUS_FOCUSED.handle}/status/${X_STATUS_FOCUSED.id}`,
    html: () => xPage({
      title: `${X_STATUS_FOCUSED.name} sur X : "${X_STATUS_FOCUSED.text}" / X`,
      lang: "fr",
      provenance: provenance("x.com/<user>/status/<id> (French UI)", X_SOURCES, "The focused post and inline reply composer follow the live status page layout; the composer is the capture's Draft.js DOM."),
      primary: xStatusColumn(X_STATUS_FOCUSED, X_STATUS_REPLIES, { lang: "fr" }),
      scripts: [X_HOST_SCRIPT]
    })
  },
  {
    file: "x/compose.html",
    url: "https://x.com/compose/post",
    html: () => xPage({
      title: "Post / X",
      provenance: provenance("x.com/compose/post (reply dialog over the home timeline)", X_SOURCES, 'No capture of the dialog exists: its frame ([role="dialog"][aria-modal] in #layers, the replied-to post shown without an article, "Replying to") is modelled from the live site.'),
      primary: xHomeColumn(X_HOME_POSTS.slice(0, 6), { composer: true }),
      layers: xReplyDialog(X_DIALOG_POST),
      scripts: [X_HOST_SCRIPT]
    })
  },
  {
    file: "facebook/feed.html",
    url: "https://www.facebook.com/",
    html: () => fbPage({
      title: "Facebook",
      provenance: provenance("www.facebook.com/ (news feed, French UI)", FB_SOURCES, 'Comment boxes are created by the page script when "Commenter" is clicked.'),
      main: fbFeed(FB_FEED_POSTS),
      scripts: [FB_HOST_SCRIPT]
    })
  },
  {
    file: "facebook/messages.html",
    url: "https://www.facebook.com/messages/t/123",
    html: () => fbPage({
      title: "Messenger | Facebook",
      provenance: provenance("www.facebook.com/messages/t/<id> (Messenger thread)", FB_SOURCES, "Present so tests can prove the extension leaves Messenger alone."),
      main: fbMessengerThread("Marie Dupont", [
        { from: "them", text: "Bonjour, j\u2019ai une question sur ma commande" },
        { from: "me", text: "Bonjour Marie, je regarde \xE7a tout de suite." }
      ]),
      scripts: [FB_HOST_SCRIPT]
    })
  }
];

// tests/e2e/harness.ts
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import puppeteer from "puppeteer-core";

// tests/fixtures/routes.ts
var HTML = "text/html; charset=utf-8";
var JS = "text/javascript; charset=utf-8";
var X = String.raw`https://(?:x|twitter)\.com`;
var FB = String.raw`https://www\.facebook\.com`;
var FIXTURE_ROUTES = [
  { pattern: new RegExp(String.raw`^${X}/home\?(?:[^#]*&)?lang=fr(?:[&#]|$)`), file: "x/home.fr.html", contentType: HTML },
  { pattern: new RegExp(String.raw`^${X}/home(?:[?#]|$)`), file: "x/home.html", contentType: HTML },
  { pattern: new RegExp(String.raw`^${X}/[A-Za-z0-9_]{1,15}/status/\d+(?:[/?#]|$)`), file: "x/status.html", contentType: HTML },
  { pattern: new RegExp(String.raw`^${X}/compose/post(?:[?#]|$)`), file: "x/compose.html", contentType: HTML },
  { pattern: new RegExp(String.raw`^${X}/__fixtures/x-host\.js$`), file: "dist/x-host.js", contentType: JS },
  { pattern: new RegExp(String.raw`^${FB}/messages/`), file: "facebook/messages.html", contentType: HTML },
  { pattern: new RegExp(String.raw`^${FB}/(?:[?#]|$)`), file: "facebook/feed.html", contentType: HTML },
  { pattern: new RegExp(String.raw`^${FB}/__fixtures/fb-host\.js$`), file: "dist/fb-host.js", contentType: JS },
  { pattern: new RegExp(String.raw`^(?:${X}|${FB})/favicon\.ico$`), empty: true },
  { pattern: /^https:\/\/(?:pbs|abs|abs-0|video)\.twimg\.com\//, empty: true },
  { pattern: /^https:\/\/(?:scontent[^/]*|static\.xx)\.fbcdn\.net\//, empty: true }
];

// tests/e2e/harness.ts
var PROJECT_ROOT = join(dirname(fileURLToPath("file:///work/main/tests/e2e/harness.ts")), "../..");
var EXTENSION_DIR = join(PROJECT_ROOT, ".output/chrome-mv3");
var FIXTURES_DIR = join(PROJECT_ROOT, "tests/fixtures");
var CHROME_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  // Anything that slipped past interception (WebSockets are not seen by Fetch) fails to resolve.
  "--host-resolver-rules=MAP * ~NOTFOUND"
];
function chromePath() {
  const path = process.env.CHROME_PATH || "/usr/bin/chromium";
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}. Install it with \`apt-get install -y chromium\`, or set CHROME_PATH to a Chromium/Chrome binary.`);
  }
  return path;
}
function matches(pattern, url) {
  return typeof pattern === "string" ? pattern === url : pattern.test(url);
}
function firstExtensionFrame(stack) {
  for (let s = stack; s; s = s.parent) {
    const frame = s.callFrames.find((f) => f.url.startsWith("chrome-extension://"));
    if (frame) return frame.url;
  }
  return void 0;
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function startBrowser(extensionDir, opts) {
  const executablePath = chromePath();
  if (extensionDir && !existsSync(join(extensionDir, "manifest.json"))) {
    throw new Error(`No extension build at ${extensionDir}. Run \`npx wxt build\` first (npm test does it).`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), "cmsk-profile-"));
  const browser = await puppeteer.launch({
    executablePath,
    pipe: true,
    headless: true,
    userDataDir,
    enableExtensions: extensionDir !== null,
    args: CHROME_ARGS
  });
  const started = Date.now();
  const session = await browser.target().createCDPSession();
  const routes = [...opts.routes ?? []];
  const targets = /* @__PURE__ */ new Map();
  const all = [];
  const refused = [];
  const byNetworkId = /* @__PURE__ */ new Map();
  const initiators = /* @__PURE__ */ new Map();
  let extensionOrigin = null;
  const isExtensionUrl = (url) => url !== void 0 && (extensionOrigin ? url.startsWith(extensionOrigin) : url.startsWith("chrome-extension://"));
  const attribute = (record, initiator) => {
    const script = firstExtensionFrame(initiator.stack) ?? (isExtensionUrl(initiator.url) ? initiator.url : void 0);
    if (script) {
      record.initiatorScript = script;
      record.fromExtension = true;
    }
  };
  session.on("Target.targetCreated", ({ targetInfo }) => targets.set(targetInfo.targetId, { type: targetInfo.type, url: targetInfo.url }));
  session.on("Target.targetInfoChanged", ({ targetInfo }) => targets.set(targetInfo.targetId, { type: targetInfo.type, url: targetInfo.url }));
  await session.send("Target.setDiscoverTargets", { discover: true });
  async function answer(url) {
    for (const [pattern, response] of routes) if (matches(pattern, url)) return response;
    for (const route of FIXTURE_ROUTES) {
      if (!route.pattern.test(url)) continue;
      if ("empty" in route) return { body: "", status: 204 };
      const path = join(FIXTURES_DIR, route.file);
      const body = await readFile(path).catch(() => {
        throw new Error(`Fixture ${route.file} is missing for ${url}. Run \`node scripts/build-fixtures.mjs\`.`);
      });
      return { body, contentType: route.contentType };
    }
    return null;
  }
  session.on("Fetch.requestPaused", (event) => {
    void (async () => {
      const { request, requestId, frameId, networkId, resourceType } = event;
      const owner = targets.get(frameId);
      const headers = request.headers;
      const record = {
        url: request.url,
        method: request.method,
        resourceType,
        outcome: "refused",
        initiator: owner?.url ?? "browser",
        frameId,
        fromExtension: isExtensionUrl(headers.Origin ?? headers.origin) || isExtensionUrl(headers.Referer ?? headers.referer) || isExtensionUrl(owner?.url),
        at: Date.now() - started
      };
      if (networkId) {
        byNetworkId.set(networkId, record);
        const initiator = initiators.get(networkId);
        if (initiator) attribute(record, initiator);
      }
      all.push(record);
      let response = null;
      try {
        response = await answer(request.url);
      } catch (error) {
        console.error(error instanceof Error ? error.message : error);
      }
      try {
        if (!response) {
          refused.push(record);
          await session.send("Fetch.failRequest", { requestId, errorReason: "BlockedByClient" });
          return;
        }
        record.outcome = "served";
        const body = typeof response.body === "string" ? Buffer.from(response.body) : response.body;
        await session.send("Fetch.fulfillRequest", {
          requestId,
          responseCode: response.status ?? 200,
          responseHeaders: [
            ...response.contentType ? [{ name: "Content-Type", value: response.contentType }] : [],
            // Every run must start cold, or the benchmark's second run would measure a cache.
            { name: "Cache-Control", value: "no-store" }
          ],
          body: body.toString("base64")
        });
      } catch {
      }
    })();
  });
  await session.send("Fetch.enable", { patterns: [{ urlPattern: "http://*" }, { urlPattern: "https://*" }] });
  const watched = /* @__PURE__ */ new Map();
  const watch = (target) => {
    const existing = watched.get(target);
    if (existing) return existing;
    const attached = (async () => {
      try {
        const tab = await target.createCDPSession();
        tab.on("Network.requestWillBeSent", ({ requestId, initiator }) => {
          initiators.set(requestId, initiator);
          const record = byNetworkId.get(requestId);
          if (record) attribute(record, initiator);
        });
        tab.on("Network.webSocketCreated", ({ url, initiator }) => {
          const record = { url, method: "GET", resourceType: "WebSocket", outcome: "refused", initiator: target.url(), fromExtension: false, at: Date.now() - started };
          if (initiator) attribute(record, initiator);
          all.push(record);
          refused.push(record);
        });
        await tab.send("Network.enable");
        return tab;
      } catch {
        return null;
      }
    })();
    watched.set(target, attached);
    return attached;
  };
  browser.on("targetcreated", (target) => {
    if (target.type() === "page") void watch(target);
  });
  let extensionId = null;
  if (extensionDir) {
    try {
      extensionId = await browser.installExtension(extensionDir);
    } catch (error) {
      await browser.close().catch(() => void 0);
      await rm(userDataDir, { recursive: true, force: true });
      throw new Error(`Chromium refused the extension at ${extensionDir}: ${error instanceof Error ? error.message : String(error)}`);
    }
    extensionOrigin = `chrome-extension://${extensionId}/`;
  }
  async function newWatchedPage() {
    const page = await browser.newPage();
    await watch(page.target());
    return page;
  }
  const base = {
    browser,
    async openPage(url, opts2 = {}) {
      const page = await newWatchedPage();
      await opts2.beforeNavigate?.(page);
      await page.goto(url, { waitUntil: "load", timeout: 12e4 });
      const hasHostScript = await page.evaluate(() => document.querySelector('script[src^="/__fixtures/"]') !== null);
      if (hasHostScript) await page.waitForFunction(() => window.__host?.ready === true, { timeout: 15e3 });
      return page;
    },
    route(url, response) {
      routes.unshift([url, response]);
    },
    requests: {
      all,
      refused,
      byExtension: () => all.filter((r) => r.fromExtension),
      clear() {
        all.length = 0;
        refused.length = 0;
        byNetworkId.clear();
      }
    },
    assertNoNetwork(opts2 = {}) {
      const expected = opts2.expectRefused ?? [];
      const fromExtension = all.filter((r) => r.fromExtension);
      const unexpected = refused.filter((r) => !r.fromExtension && !expected.some((p) => matches(p, r.url)));
      const problems = [
        ...fromExtension.map((r) => `extension ${r.outcome === "served" ? "loaded" : "requested"} ${r.method} ${r.url} (from ${r.initiatorScript ?? r.initiator})`),
        ...unexpected.map((r) => `unexpected refused ${r.resourceType} ${r.url} (from ${r.initiator})`)
      ];
      if (problems.length) throw new Error(`Network requests that should not have happened:
  ${problems.join("\n  ")}`);
    },
    async close() {
      await browser.close().catch(() => void 0);
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    }
  };
  return { base, extensionId, session };
}
async function launchWithExtension(opts = {}) {
  const { base, extensionId, session } = await startBrowser(opts.extensionDir ?? EXTENSION_DIR, opts);
  if (!extensionId) throw new Error("The extension did not install");
  const { browser } = base;
  const origin = `chrome-extension://${extensionId}/`;
  const isOurWorker = (t) => t.type() === "service_worker" && t.url().startsWith(origin);
  const workerTargetGone = async () => {
    for (let i = 0; i < 100; i++) {
      const { targetInfos } = await session.send("Target.getTargets");
      if (!targetInfos.some((t) => t.type === "service_worker" && t.url.startsWith(origin))) return;
      await sleep(50);
    }
    throw new Error("The service worker did not stop");
  };
  const READY = "typeof chrome === 'object' && typeof chrome.runtime?.id === 'string' && self.registration?.active?.state === 'activated'";
  const wake = async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${origin}manifest.json`);
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        registration?.active?.postMessage({ type: "harness/wake" });
      });
      return await browser.waitForTarget(isOurWorker, { timeout: 1e4 });
    } finally {
      await page.close();
    }
  };
  const readyWorker = async () => {
    const deadline = Date.now() + 2e4;
    while (Date.now() < deadline) {
      const target = browser.targets().find(isOurWorker) ?? await wake();
      const worker = await target.worker().catch(() => null);
      const ready = worker ? await Promise.race([worker.evaluate(READY).catch(() => false), sleep(2e3).then(() => false)]) : false;
      if (worker && ready === true) return worker;
      await sleep(50);
    }
    throw new Error("The extension service worker did not become ready (chrome.* bound, registration activated) within 20 s");
  };
  const harness = {
    ...base,
    extensionId,
    worker: readyWorker,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await page.goto(`${origin}${path.replace(/^\//, "")}`, { waitUntil: "load" });
      return page;
    },
    async stopWorker() {
      if (!browser.targets().some(isOurWorker)) return;
      const worker = await readyWorker();
      await worker.close();
      await workerTargetGone();
    }
  };
  await browser.waitForTarget(isOurWorker, { timeout: 2e4 });
  await readyWorker();
  return harness;
}

// bench/profile-tmp.ts
async function profile(dir, mode = process.env.MODE ?? "load") {
  const URL = "https://x.com/home?bench=" + mode;
  const routes = [[URL, { body: xHomePage({ posts: mode === "load" ? makeXPosts(1500, 1) : makeXPosts(30, 2) }), contentType: "text/html; charset=utf-8" }]];
  const h = await launchWithExtension({ routes, extensionDir: dir });
  const byFn = /* @__PURE__ */ new Map();
  let ext = 0;
  let other = 0;
  const RUNS = 4;
  for (let run = 0; run < RUNS; run++) {
    let session;
    const page = await h.openPage(URL, { beforeNavigate: async (p) => {
      session = await p.createCDPSession();
      await session.send("Profiler.enable");
      await session.send("Profiler.setSamplingInterval", { interval: 50 });
      await session.send("Profiler.start");
    } });
    await new Promise((r) => setTimeout(r, mode === "load" ? 3e3 : 1500));
    if (mode !== "load") {
      await session.send("Profiler.stop");
      await session.send("Profiler.start");
      await page.evaluate(() => window.__timeline.recycle({ cells: 2e3, perFrame: 10 }));
      await new Promise((r) => setTimeout(r, 500));
    }
    const { profile: profile2 } = await session.send("Profiler.stop");
    if (run === 0) {
      await page.close();
      continue;
    }
    const dt = /* @__PURE__ */ new Map();
    profile2.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile2.timeDeltas[i] ?? 0)));
    for (const n of profile2.nodes) {
      const t = (dt.get(n.id) ?? 0) / 1e3 / (RUNS - 1);
      const u = n.callFrame.url;
      if (!u.startsWith("chrome-extension")) {
        if (n.callFrame.functionName !== "(idle)" && n.callFrame.functionName !== "(program)") other += t;
        continue;
      }
      ext += t;
      const k = `${u.split("/").pop()}|${n.callFrame.lineNumber}|${n.callFrame.columnNumber}|${n.callFrame.functionName}`;
      byFn.set(k, (byFn.get(k) ?? 0) + t);
    }
    await page.close();
  }
  console.log("extension self ms", ext.toFixed(2), "page ms", other.toFixed(1));
  console.log([...byFn].sort((a, b) => b[1] - a[1]).slice(0, 400).map(([k, v]) => `${v.toFixed(2)}|${k}`).join("\n"));
  await h.close();
}
export {
  profile
};
