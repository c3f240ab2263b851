// 简体中文：一起搭的文字，按词典分区；须与英文结构一致（类型检查）。
import type { Widen } from '../../i18n/types';
import type * as en from './words.en';

export const common: Widen<typeof en.common> = {
  errors: {
    'build.not_your_turn': '现在轮到别的小伙伴啦，给他们加油吧！',
    'build.not_your_piece': '这块在小伙伴手里哦，试试你自己的吧！',
    'build.wrong_place': '差一点点！找找形状和颜色都一样的位置吧。',
    'build.slot_taken': '小伙伴已经放好这里啦，找找另一个一样的位置吧！',
    'build.already_asked': '小伙伴们看到你在求助了，马上就来帮你！',
    'build.no_help_needed': '谢谢你愿意帮忙！现在没有人需要这个帮助。',
    'build.no_turns': '这一轮大家随时都可以搭，不用轮流。',
    'build.nobody': '现在没有人手里还有拼块。',
  },
};
export const consolePage: Widen<typeof en.consolePage> = {
  build: {
    design: '图画',
    turnMode: '怎么搭',
    turnModes: { free: '大家一起搭', turns: '轮流搭（公平顺序）' },
    hints: '有人请求帮忙时，显示拼块该放在哪里',
    hintsHint: '关闭时仍会显示请求，由朋友来讲解放在哪里。',
    summary: { free: '大家一起搭', turns: '轮流搭', hintsOn: '有提示', hintsOff: '无提示' },
    pieces: '{n} 块',
    progress: '已拼 {filled} / {total} 块',
    complete: '整幅画拼好啦！',
    completeBy: '{n} 位小朋友一起完成，用时 {time}',
    turn: '轮到{name}',
    turnFor: '已 {time}',
    noTurn: '现在没有轮到谁。',
    noTurnHint: '把机会交给公平顺序中的下一位小朋友。',
    freeMode: '大家同时搭，不用轮流。',
    offerNext: '按公平顺序下一位：{name}',
    offerNextNobody: '按公平顺序下一位',
    queueHint: '公平顺序：放得最少的优先，其次是等得最久的',
    offerTo: '交给……',
    children: '小朋友',
    hand: '手上 {n} 块',
    placed: '放了 {n} 块',
    passes: '说“过” {n} 次',
    notHere: '不在',
    onTurn: '正在轮到',
    notYet: '还没放过拼块',
    allPlaced: '在场的每位小朋友都放过拼块了。',
    help: '请求帮忙',
    helpedBy: '{name}来帮忙了',
    waitingHelp: '等朋友来帮忙',
    noHelp: '现在没有人请求帮忙。',
    nobodyHere: '还没有小朋友连上。',
  },
  rounds: {
    activities: {
      'build-together': '一起搭',
    },
    activityHints: {
      'build-together': '一起拼一幅画：每位小朋友手里的拼块都不一样',
    },
  },
};
export const screenPage: Widen<typeof en.screenPage> = {
  build: {
    together: '我们一起来拼吧！',
    everyone: '每个人都可以放一块',
    turn: '轮到{name}啦！',
    turnSub: '大家一起加油',
    nextTurn: '下一位是谁？',
    needsHelp: '{name}需要帮忙',
    helping: '{helper}来帮忙啦！',
    done: '我们一起完成啦！',
    doneSub: '谢谢大家！',
    mirrorPicture: '{design}：已放好 {filled} / {total} 块',
    mirrorTurn: '轮到：{name}',
    mirrorHelp: '{name}请大家帮忙放{piece}',
    mirrorBuilders: '一起拼的人：{names}',
  },
  activityNames: {
    'build-together': '一起拼',
  },
};
export const tabletPage: Widen<typeof en.tabletPage> = {
  build: {
    together: '我们一起拼出这幅画！',
    howTo: '先选一块，再点它该放的地方',
    myPieces: '我的拼块',
    pickFirst: '先选一块你的拼块吧！',
    tapPlace: '现在点一点它该放的地方',
    yourTurn: '轮到你啦！',
    pass: '跳过',
    passed: '没关系！等一下还会轮到你',
    turnOf: '现在轮到{name}',
    cheer: '给{name}加油吧！',
    nextTurn: '马上轮到下一位',
    askHelp: '请朋友帮忙',
    asked: '朋友们看到你需要帮忙了',
    helping: '{name}来帮你啦！',
    lookGlow: '看看哪里在发光！',
    needsHelp: '{name}需要帮忙',
    help: '帮忙',
    thanksHelp: '谢谢你！去告诉{name}该放在哪里吧',
    done: '你的拼块都放好啦！',
    doneMore: '看看大屏幕吧',
    noPieces: '看朋友们一起拼吧！',
    complete: '我们一起完成啦！',
  },
};
export const reviewReplay: Widen<typeof en.reviewReplay> = {
  events: {
    buildDealtJoined: '有人加入，拼图块重新分配了',
    buildDealtLeft: '有人离开，拼图块重新分配了',
    buildPlaced: '{name}放好了一块拼图',
    buildHelpAsked: '{name}请求帮助',
    buildHelped: '{from}帮助了{to}',
    buildPassed: '{name}这次选择跳过',
    buildCompleted: '拼图完成了，一起拼的有：{names}',
  },
  build: '拼图',
  buildProgress: '已放好 {n} / {total} 块',
  turns: {
    builder: '轮到{name}拼图',
    buildWaiting: '等待下一位拼图的小朋友',
    buildFree: '大家随时都可以拼',
  },
};
export const records: Widen<typeof en.records> = {
  roundBuild: '在场 {present} 人中有 {n} 人放了拼块（共 {pieces} 块）；互相帮忙 {help} 次。',
};

/** Every section, as the registry holds them (a page that needs one section imports it alone). */
export const words: Widen<typeof en.words> = { common, consolePage, screenPage, tabletPage, reviewReplay, records };
