// 简体中文：优点花园的文字，按词典分区；须与英文结构一致（类型检查）。
import type { Widen } from '../../i18n/types';
import type * as en from './words.en';

export const common: Widen<typeof en.common> = {
  errors: {
    'garden.not_now': '现在还不行哦——等一下就可以啦。',
    'garden.picks_full': '你的手里已经放满花啦！想换一朵的话，先放回一朵吧。',
    'garden.already_picked': '这朵花已经在你的花园里啦。',
    'garden.not_picked': '这朵花还不在你的花园里。',
    'garden.unknown_card': '我们从花园卡片里选一张吧。',
    'garden.bad_peer': '选一位在这里的朋友吧。',
    'garden.already_given': '你已经把这张卡送给这位朋友啦——换一个优点试试？',
    'garden.peer_full': '这位朋友已经收到你好多卡片啦！也送一张给别的朋友吧。',
    'garden.has_flowers': '这位孩子已经收到朋友送的卡片了。',
  },
};
export const consolePage: Widen<typeof en.consolePage> = {
  garden: {
    maxPicks: '每位小朋友给自己选几个优点',
    maxPicksOption: '最多 {n} 个',
    perPeerCap: '每人最多送同一位朋友几张卡',
    perPeerCapOption: '每位朋友最多 {n} 张',
    perPeerCapHint: '让善意传给更多人，而不是都送给一位最好的朋友。',
    summary: { picks: '给自己最多选 {n} 个', cap: '每位朋友 {n} 张' },
    phases: { self: '给自己选优点', give: '送卡给朋友', garden: '看看我们的花园' },
    phaseHints: {
      self: '每位小朋友选出最多 {n} 个属于自己的优点。',
      give: '小朋友把优点卡送给朋友（每位朋友最多 {n} 张）。',
      garden: '每台平板显示“我的花园”并朗读。此时不能再选或送卡。',
    },
    since: '已进行 {time}',
    toGive: '开始送卡',
    showGardens: '看看我们的花园',
    closingWaits: '还没有收到朋友送的花：{names}。先点“提醒”，给大家一点时间，别让哪位小朋友看到空空的花园。',
    closingWait: '再等等',
    closingAnyway: '现在就展示花园',
    backToPicking: '回到选优点',
    backToGiving: '回到送卡',
    children: '小朋友',
    picks: '已选',
    given: '送出',
    received: '收到',
    picksOf: '{n} / {max}',
    notHere: '不在',
    nudged: '已提醒',
    receivedNone: '还没收到朋友的卡',
    receivedNoneNote: '这个名单只有你能看到，小朋友永远看不到。“提醒”会让这位小朋友带着闪光排在送卡小朋友平板的最前面，不会说明原因。',
    nudgeWhenGiving: '送卡阶段才能提醒。',
    nudge: '提醒',
    nudgedFor: '已提醒 ✓',
    everyoneReceived: '在场的每位小朋友都收到了朋友的卡。',
    givenNone: '还没送出卡',
    gifts: '谁送给了谁',
    giftsNote: '只在控制台显示：大屏幕和平板从不显示花是谁送的。',
    noGifts: '还没有人送卡。',
    nobodyHere: '还没有小朋友连上。',
  },
  rounds: {
    activities: {
      'strength-garden': '优点花园',
    },
    activityHints: {
      'strength-garden': '先给自己选优点，再把优点卡送给朋友',
    },
  },
};
export const screenPage: Widen<typeof en.screenPage> = {
  garden: {
    bloom: '我们的花园开满了花！',
    bloomSub: '每一朵花都是一个优点',
    bed: '{name}：{flowers}',
    flower: '{card}（{from}）',
    listJoin: '、',
    seeds: '种子正在等待发芽',
    gardeners: '我们的小园丁',
  },
  activityNames: {
    'strength-garden': '优点花园',
  },
};
export const tabletPage: Widen<typeof en.tabletPage> = {
  garden: {
    myPicks: '我选的',
    emptySlot: '留给一个优点',
    handsFull: '已经选满啦！想换的话，先点一下你选好的卡片',
    allPicked: '选得真好！',
    chooseFriend: '选一位朋友',
    whatGood: '{name}有什么优点呢？',
    otherFriend: '换一位朋友',
    given: '送过啦',
    gaveLots: '你已经送给{name}好多花啦！',
    thanks: '谢谢你！{name}的花园多了一朵花',
    noFriends: '朋友们马上就来',
    gotFlower: '有朋友送给你一朵花！',
    readGarden: '读一读我的花园',
    emptyGarden: '你的花园正在发芽呢！',
  },
};
export const reviewReplay: Widen<typeof en.reviewReplay> = {
  events: {
    gardenPicked: '{name}为自己挑了一个优点：{card}',
    gardenUnpicked: '{name}放回了一个优点：{card}',
    gardenSelf: '优点花园：为自己挑选优点',
    gardenGive: '优点花园：给朋友送优点卡',
    gardenGarden: '优点花园：欣赏大家的花园',
    gardenGave: '{from}送给{to}一张优点卡：{card}',
    gardenNudged: '带领者请送卡的小朋友想一想{name}',
  },
  garden: '花园',
  gardenEmpty: '还没有花。',
  fromSelf: '自己选的',
  fromPeer: '朋友送的',
  turns: {
    gardenSelf: '大家正在为自己挑选优点',
    gardenGive: '大家正在给朋友送优点卡',
    gardenGarden: '大家正在欣赏自己的花园',
  },
};
export const records: Widen<typeof en.records> = {
  roundGarden: '在场 {present} 人中有 {gave} 人送出了优点卡；{received} 人收到了优点卡。',
};

/** Every section, as the registry holds them (a page that needs one section imports it alone). */
export const words: Widen<typeof en.words> = { common, consolePage, screenPage, tabletPage, reviewReplay, records };
