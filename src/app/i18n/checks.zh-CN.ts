// Why a file, a link, a saved scenario or a team's move is refused, in Chinese: the checkers give why as data
// (sim/files/validate.ts Reason, link.ts LinkProblem, model/errors.ts ScenarioProblem, sim/teamPlay.ts
// TeamPlayProblem), whose English is their own reasonText, linkProblemText ... Paths, ids, values from the file and
// numbers stay as they are; only a rule the schemas never use (zod's own message) is quoted in English.

import { MEASURES } from '../../model/measures/index.ts';
import type { Choice, ScenarioProblem } from '../../model/errors.ts';

/** what a form still needs chosen, with the field it is said against (model/errors.ts CHOICES) */
const CHOICES_ZH: Record<Choice, string> = {
  sector: 'sectors：请至少选择一个行业',
  'other-state': 'target：请选择另一个国家',
  'foreign-firm': 'firm：请选择另一个国家的企业',
  'measure-kind': 'measure：请选择一种措施',
  'control-to-join': 'measure：请选择要加入的管制',
  'measure-to-lift': 'measure：请选择要取消的措施',
  'lift-or-join': 'measure：请选择要取消或加入的措施',
};
import type { TeamPlayProblem } from '../../sim/teamPlay.ts';
import type { LinkDamage, LinkProblem } from '../../sim/files/link.ts';
import type { Expected, FileProblem, Reason, Shown, Where } from '../../sim/files/validate.ts';

/** a size in bytes, as formatBytes gives it, with Chinese for "bytes" */
export function bytesZh(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} 字节`;
}

/** what was read, by the English name a checker gives it */
const WHAT: Record<string, string> = {
  scenario: '情景',
  workspace: '工作区',
  move: '行动',
  session: '会话',
  answer: '答复',
};
const whatZh = (what: string) => WHAT[what] ?? what;

function shownZh(s: Shown): string {
  switch (s.is) {
    case 'nothing':
      return '空';
    case 'null':
      return 'null';
    case 'nan':
      return 'NaN';
    case 'huge':
      return s.negative ? '一个绝对值大到无法存储的负数' : '一个大到无法存储的数';
    case 'number':
      return String(s.value);
    case 'text':
      return `${JSON.stringify(s.cut ? `${s.text}…` : s.text)}（文本）`;
    case 'boolean':
      return String(s.value);
    case 'list':
      return `含 ${s.entries} 项的列表`;
    case 'object':
      return '一个对象';
  }
}

function oneOfZh(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((v) => JSON.stringify(v));
  const text =
    shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join('、')} 或 ${shown[shown.length - 1]}`;
  return values.length > 12 ? `${text}（另有 ${values.length - 12} 个）` : text;
}

function expectedZh(e: Expected): string {
  switch (e.is) {
    case 'number': {
      const kind = e.whole ? '整数' : '数';
      if (e.min !== null && e.max !== null) return `${e.min} 到 ${e.max} 之间的${kind}`;
      if (e.min !== null) return `不小于 ${e.min} 的${kind}`;
      if (e.max !== null) return `不大于 ${e.max} 的${kind}`;
      return `一个${kind}`;
    }
    case 'text':
      if (e.max !== null && e.min > 0) return `${e.min} 到 ${e.max} 个字符的文本`;
      if (e.max !== null) return `不超过 ${e.max} 个字符的文本`;
      return e.min > 0 ? '非空的文本' : '文本';
    case 'one-of':
      return `${oneOfZh(e.values)} 之一`;
    case 'values':
      return oneOfZh(e.values);
    case 'list':
      return '一个列表';
    case 'object':
      return '一个对象';
    case 'boolean':
      return 'true 或 false';
    case 'tagged':
      return `带有 "${e.tag}" 字段的对象`;
    case 'shorter-text':
      return '更短的文本';
    case 'in-range':
      return '范围之内的数';
    case 'type':
      return `${e.name} 类型的值`;
  }
}

/** a space between Chinese and what follows in Latin letters or digits */
const spaced = (text: string) => (/^[\x21-\x7e]/.test(text) ? ` ${text}` : text);

const fieldZh = (path: readonly string[]) => (path.length === 0 ? '整体' : `字段 ${path.join('.')}`);
const whereZh = (w: Where) => (w.path.length === 0 ? whatZh(w.what) : fieldZh(w.path));

const measureZh = (kind: string) =>
  (MEASURES as Record<string, { names?: Partial<Record<string, string>> } | undefined>)[kind]?.names?.[
    'zh-CN'
  ] ?? kind;

/** The model's own checks (a scenario's fields, a team's move), in Chinese; the path leads, as in English. */
export function scenarioProblemZh(p: ScenarioProblem): string {
  switch (p.kind) {
    case 'round-zero':
      return `${p.path}：只有关税、出口管制、采购禁令和实体清单可以在第 0 轮（初始世界）就已生效；${measureZh(p.measure)}请从第 1 轮起实施`;
    case 'round-zero-unsellable':
      return `时间线：在第 0 轮已生效的措施下，企业“${p.firm}”最多只能卖出其观测产量的 ${p.percent}%，初始世界无法是观测到的世界；请把其中一项措施改为从第 1 轮起实施`;
    case 'unknown-firm':
      return `${p.path}：没有标识为“${p.firm}”的企业`;
    case 'unknown-target':
      return `${p.path}：应为国家代码、ALL 或企业标识，实际是“${p.target}”`;
    case 'self-target':
      return `${p.path}：国家不能把措施指向自己`;
    case 'not-imposed':
      return `${p.path}：第 ${p.round} 轮之前没有实施过措施“${p.measureId}”`;
    case 'move-rounds':
      return `round：只能为第 ${p.first} 到第 ${p.last} 轮行动`;
    case 'move-round':
      return `round：这项行动是第 ${p.round} 轮的`;
    case 'not-own':
      return 'measure：一个队只能取消自己的措施';
    case 'enter-number':
      return `${p.field}：请输入一个${p.whole ? '整数' : '数'}`;
    case 'number-range':
      return `${p.field}：请输入 ${p.min} 到 ${p.max} 之间的数`;
    case 'choose':
      return CHOICES_ZH[p.what];
    case 'tariff-state':
      return 'target：关税只能针对一个国家';
    case 'tariff-rate':
      return 'rate：关税的税率须大于 0';
    case 'weights':
      return 'weights：每项权重都是 0 到 10 之间的数';
    case 'branch-starts':
      return `round：这个分支从第 ${p.from} 轮开始；更早的回合与它所分出的运行共用`;
    case 'run-ends':
      return `round：运行在第 ${p.rounds} 轮结束`;
    case 'no-entry':
      return `timeline.${p.index}：没有这个条目`;
    case 'before-branch':
      return `timeline.${p.index}：第 ${p.round} 轮在这个分支开始（第 ${p.from} 轮）之前`;
    case 'branches-most':
      return `一个工作区最多保留 ${p.most} 个分支；请先删除一个`;
    case 'branch-name':
      return 'name：分支需要一个名称';
    case 'main-run':
      return '主运行不能删除';
    case 'compare-self':
      return 'compare：正在查看的分支不与自己比较';
    case 'compare-none':
      return 'compare：请先在“与之比较”下选择一个分支';
    case 'compare-most':
      return `compare：最多有 ${p.most} 个分支与正在查看的分支比较；请先移除一个`;
    case 'branch-keeps-run':
      return '分支须沿用它所分出的运行的种子和企业数';
  }
}

function teamProblemZh(p: TeamPlayProblem): string {
  const at = `字段 ${p.path}hidden.${p.index}`;
  switch (p.kind) {
    case 'second-hidden':
      return `${at}：${p.state} 在第 ${p.round} 轮有第二个隐藏行动`;
    case 'after-end':
      return `${at}.round：运行在第 ${p.rounds} 轮结束`;
    case 'dated':
      return `${at}.entry.round：第 ${p.round} 轮的行动标注为第 ${p.dated} 轮`;
    case 'not-own':
      return `${at}.entry：为 ${p.state} 隐藏的行动不是 ${p.state} 自己的`;
  }
}

/** A checker's reason in Chinese, a phrase without context as the English detail is. */
export function reasonZh(r: Reason): string {
  switch (r.kind) {
    case 'too-large':
      return `它有 ${bytesZh(r.bytes)}，而 Decoupling Lab 最多读取 ${bytesZh(r.most)}`;
    case 'too-deep':
      return `第 ${r.line} 行第 ${r.column} 列：列表和对象的嵌套超过了 ${r.most} 层`;
    case 'not-json':
      return `第 ${r.line} 行第 ${r.column} 列：这不是有效的 JSON（${
        r.unexpected === null ? '文本过早结束' : `意外的字符 ${JSON.stringify(r.unexpected)}`
      }）`;
    case 'newer':
      return `由更新版本的 Decoupling Lab 制作（${whatZh(r.what)}格式 ${r.format}；此版本最多读取格式 ${r.current}）。请在新版应用中打开。`;
    case 'not-object':
      return `应为 JSON 对象（{ ... }），实际是${shownZh(r.got)}`;
    case 'unknown-field':
      return `${fieldZh(r.path)}：${whatZh(r.what)}中没有这个字段${
        r.more > 0 ? `（另有 ${r.more} 个未知字段）` : ''
      }`;
    case 'missing':
      return `${whereZh(r.where)}：缺失；应为${spaced(expectedZh(r.expected))}`;
    case 'wrong-type':
      return `${whereZh(r.where)}：应为${spaced(expectedZh(r.expected))}，实际是${
        r.got.is === 'number' ? `数 ${r.got.value}` : shownZh(r.got)
      }`;
    case 'entries':
      return `${whereZh(r.where)}：应${r.atMost ? '最多' : '至少'}有 ${r.bound} 项${
        r.got === null ? '' : `，实际有 ${r.got} 项`
      }`;
    case 'text-length':
      return `${whereZh(r.where)}：应为${spaced(expectedZh(r.expected))}${r.got === null ? '' : `，实际有 ${r.got} 个字符`}`;
    case 'out-of-range':
      return `${whereZh(r.where)}：应为${spaced(expectedZh(r.expected))}，实际是 ${shownZh(r.got)}`;
    case 'not-one-of':
      return `${whereZh(r.where)}：应为 ${oneOfZh(r.values)}，实际是 ${shownZh(r.got)}`;
    case 'no-form':
      return `${whereZh(r.where)}：不符合它可以采用的任何一种形式`;
    case 'characters':
      return `${whereZh(r.where)}：${shownZh(r.got)} 含有此处不允许的字符（应为${
        r.format === null ? '小写字母、数字和连字符' : ` ${r.format} 格式`
      }）`;
    case 'zod':
      return `${whereZh(r.where)}：（英文说明：${r.message}）`;
    case 'not-valid':
      return `不是有效的${whatZh(r.what)}`;
    case 'more-fields':
      return `${reasonZh(r.first)}（另有 ${r.more} 个字段也有问题）`;
    case 'proto':
      return `${fieldZh(r.path)}：不允许用 "__proto__" 作字段名`;
    case 'model':
      return `字段 ${r.prefix}${scenarioProblemZh(r.problem)}`;
    case 'team':
      return teamProblemZh(r.problem);
    case 'branch-id':
      return `字段 branches.${r.index}.id：另一个分支已经使用了标识“${r.id}”`;
    case 'no-main-line':
      return '字段 branches：没有一个分支是主线（主线的上级分支为 null）';
    case 'two-main-lines':
      return `字段 branches.${r.index}.parent：只有主线可以没有上级分支`;
    case 'no-parent':
      return `字段 branches.${r.index}.parent：没有标识为“${r.id}”的分支`;
    case 'circle':
      return `字段 branches.${r.index}.parent：分支的上级关系绕成了一个圈`;
    case 'branch-keeps':
      return `字段 branches.${r.index}.scenario.${r.field}：分支须沿用它所分出的运行的${
        r.field === 'seed' ? '种子' : '企业数'
      }（${r.parent}），实际是 ${r.got}`;
    case 'no-branch':
      return `字段 ${r.field}：没有标识为“${r.id}”的分支`;
    case 'compared-already':
      return `字段 compareAlso.${r.index}：分支“${r.id}”已经在比较之中`;
    case 'compare-first':
      return '字段 compareAlso：要先有第一个比较分支（"compare"），才能比较更多分支';
    case 'other':
      return `英文说明：${r.text}`;
  }
}

/** A file's refusal in Chinese (validate.ts fileMessage). */
export function fileProblemZh(p: FileProblem): string {
  switch (p.problem) {
    case 'too-large':
      return `这个文件太大：${reasonZh(p.reason)}。`;
    case 'newer':
      return `这个文件${reasonZh(p.reason)}`;
    default:
      return `这个文件不是有效的${whatZh(p.what)}：${reasonZh(p.reason)}。`;
  }
}

const COPY_AGAIN = '请重新复制完整的链接';

function damageZh(d: LinkDamage): string {
  switch (d.kind) {
    case 'no-format':
      return `它不是以链接格式编号开头的。${COPY_AGAIN}`;
    case 'no-such-format':
      return `不存在链接格式 ${d.format}`;
    case 'character':
      return `它含有链接里不会有的字符（第 ${d.position} 位的 ${JSON.stringify(d.character)}）。${COPY_AGAIN}`;
    case 'cut':
      return `它在传递途中被截短或改动了。${COPY_AGAIN}`;
    case 'checksum':
      return `它的校验和不符，说明它在传递途中被截短或改动了。${COPY_AGAIN}`;
    case 'not-utf8':
      return '它的文本不是有效的 UTF-8';
    case 'content':
      return reasonZh(d.reason);
  }
}

/** A link's refusal in Chinese (link.ts linkProblemText). */
export function linkProblemZh(p: LinkProblem): string {
  switch (p.kind) {
    case 'too-long':
      return `这个链接太长：${bytesZh(p.chars)}，而一个链接最多可以携带 ${bytesZh(p.most)}。`;
    case 'newer-link':
      return `这个链接由更新版本的 Decoupling Lab 制作（链接格式 ${p.format}；此版本最多读取格式 ${p.current}）。请在新版应用中打开。`;
    case 'unpacked-too-large':
      return `这个链接解压后太大：超过了 ${bytesZh(p.most)}，即 Decoupling Lab 最多读取的大小。`;
    case 'newer':
      return `这个链接${reasonZh(p.reason)}`;
    case 'damaged':
      return `这个链接已损坏：${damageZh(p.why)}。`;
  }
}
