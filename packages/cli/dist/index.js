#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8823:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(704)
const { safeRe: re, t } = __nccwpck_require__(8843)
const cmp = __nccwpck_require__(7002)
const debug = __nccwpck_require__(1363)
const SemVer = __nccwpck_require__(9375)
const Range = __nccwpck_require__(8002)


/***/ }),

/***/ 8002:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(5107)
const cache = new LRU()

const parseOptions = __nccwpck_require__(704)
const Comparator = __nccwpck_require__(8823)
const debug = __nccwpck_require__(1363)
const SemVer = __nccwpck_require__(9375)
const trimComparatorWhitespace = __nccwpck_require__(3773)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(8843)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(4753)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 9375:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1363)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(4753)
const { safeRe: re, t } = __nccwpck_require__(8843)

const parseOptions = __nccwpck_require__(704)
const { compareIdentifiers } = __nccwpck_require__(9408)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 3371:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(5861)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 7002:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(7270)
const neq = __nccwpck_require__(7594)
const gt = __nccwpck_require__(1211)
const gte = __nccwpck_require__(6456)
const lt = __nccwpck_require__(260)
const lte = __nccwpck_require__(8385)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 7733:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9375)
const parse = __nccwpck_require__(5861)
const { safeRe: re, t } = __nccwpck_require__(8843)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 6180:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9375)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 9126:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(6361)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 6361:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9375)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 8035:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(5861)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 7270:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(6361)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 1211:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(6361)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 6456:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(6361)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 6950:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9375)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 260:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(6361)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 8385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(6361)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 523:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9375)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 527:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9375)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 7594:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(6361)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 5861:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9375)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 824:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9375)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 3550:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(5861)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2889:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(6361)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 244:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(6180)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 7215:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(8002)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 1380:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(6180)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 4894:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(5861)
const constants = __nccwpck_require__(4753)
const SemVer = __nccwpck_require__(9375)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 6496:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(5861)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 6388:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(8843)
const constants = __nccwpck_require__(4753)
const SemVer = __nccwpck_require__(9375)
const identifiers = __nccwpck_require__(9408)
const parse = __nccwpck_require__(5861)
const valid = __nccwpck_require__(6496)
const clean = __nccwpck_require__(3371)
const inc = __nccwpck_require__(6950)
const diff = __nccwpck_require__(8035)
const major = __nccwpck_require__(523)
const minor = __nccwpck_require__(527)
const patch = __nccwpck_require__(824)
const prerelease = __nccwpck_require__(3550)
const compare = __nccwpck_require__(6361)
const rcompare = __nccwpck_require__(2889)
const compareLoose = __nccwpck_require__(9126)
const compareBuild = __nccwpck_require__(6180)
const sort = __nccwpck_require__(1380)
const rsort = __nccwpck_require__(244)
const gt = __nccwpck_require__(1211)
const lt = __nccwpck_require__(260)
const eq = __nccwpck_require__(7270)
const neq = __nccwpck_require__(7594)
const gte = __nccwpck_require__(6456)
const lte = __nccwpck_require__(8385)
const cmp = __nccwpck_require__(7002)
const coerce = __nccwpck_require__(7733)
const truncate = __nccwpck_require__(4894)
const Comparator = __nccwpck_require__(8823)
const Range = __nccwpck_require__(8002)
const satisfies = __nccwpck_require__(7215)
const toComparators = __nccwpck_require__(266)
const maxSatisfying = __nccwpck_require__(7389)
const minSatisfying = __nccwpck_require__(6079)
const minVersion = __nccwpck_require__(8286)
const validRange = __nccwpck_require__(3637)
const outside = __nccwpck_require__(4572)
const gtr = __nccwpck_require__(4960)
const ltr = __nccwpck_require__(137)
const intersects = __nccwpck_require__(9013)
const simplifyRange = __nccwpck_require__(968)
const subset = __nccwpck_require__(5773)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 4753:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1363:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 9408:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 5107:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 704:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 8843:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(4753)
const debug = __nccwpck_require__(1363)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 3773:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(4753)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 4960:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(4572)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 9013:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(8002)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 137:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(4572)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 7389:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9375)
const Range = __nccwpck_require__(8002)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 6079:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9375)
const Range = __nccwpck_require__(8002)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 8286:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9375)
const Range = __nccwpck_require__(8002)
const gt = __nccwpck_require__(1211)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 4572:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9375)
const Comparator = __nccwpck_require__(8823)
const { ANY } = Comparator
const Range = __nccwpck_require__(8002)
const satisfies = __nccwpck_require__(7215)
const gt = __nccwpck_require__(1211)
const lt = __nccwpck_require__(260)
const lte = __nccwpck_require__(8385)
const gte = __nccwpck_require__(6456)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 968:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(7215)
const compare = __nccwpck_require__(6361)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 5773:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(8002)
const Comparator = __nccwpck_require__(8823)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(7215)
const compare = __nccwpck_require__(6361)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 266:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(8002)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 3637:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(8002)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 8614:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1826);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    cwd: process.cwd(),
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1826:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ../core/src/index.ts + 5 modules
var src = __nccwpck_require__(8974);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ../toolchain/src/install/cache.ts
// The tool-cache layout: `<toolCacheDir>/<key>/` holds a toolchain, `<key>.complete` (written last, after the
// atomic rename) says it is whole. The key is computed from the request alone, so an exact pin found here needs
// no network at all.



/** Bump when the on-disk layout changes, so old entries are not mistaken for new ones. */
const LAYOUT_VERSION = 1;
const sortedUnique = (xs) => [...new Set(xs)].sort();
function cache_cacheKey(input) {
    const targets = sortedUnique(input.targets.filter((t) => t !== input.host));
    const digest = createHash("sha256")
        .update(JSON.stringify({
        v: LAYOUT_VERSION,
        toolchain: input.toolchain,
        host: input.host,
        profile: input.profile,
        components: sortedUnique(input.components),
        targets,
    }))
        .digest("hex")
        .slice(0, 12);
    const safe = (s) => s.replace(/[^A-Za-z0-9._-]/g, "_");
    return `rust-${safe(input.toolchain)}-${safe(input.host)}-${safe(input.profile)}-${digest}`;
}
/** True for names whose contents never change: `1.95.0`, `1.96.0-beta.3`, anything with a date. */
function cache_isImmutableToolchain(toolchain) {
    return /^\d+\.\d+\.\d+(-beta\.\d+)?$/.test(toolchain) || /-\d{4}-\d{2}-\d{2}$/.test(toolchain);
}
function cache_markerPath(toolCacheDir, key) {
    return path.join(toolCacheDir, `${key}.complete`);
}
async function cache_findCached(toolCacheDir, key) {
    const dir = path.join(toolCacheDir, key);
    try {
        const marker = JSON.parse(await readFile(cache_markerPath(toolCacheDir, key), "utf8"));
        if (marker.key !== key || !(await stat(dir)).isDirectory())
            return null;
        return { dir, marker };
    }
    catch {
        return null;
    }
}
async function cache_writeMarker(toolCacheDir, marker) {
    await writeFile(cache_markerPath(toolCacheDir, marker.key), `${JSON.stringify(marker, null, 2)}\n`);
}

// EXTERNAL MODULE: ../toolchain/src/install/errors.ts
var errors = __nccwpck_require__(4750);
;// CONCATENATED MODULE: ../toolchain/src/install/component.ts
// Installing one component from an unpacked rust-installer package into the toolchain prefix, without install.sh:
// check `rust-installer-version` is 3, find the component's directory as rustup does (`<pkg>-<target>` first, then
// `<pkg>`), and move exactly what `<component>/manifest.in` lists (`file:` and `dir:` lines) into place.



async function readText(file, archive, what) {
    try {
        return await readFile(file, "utf8");
    }
    catch {
        throw new CorruptArchiveError(`${archive} is not a rust-installer package: it has no ${what}`);
    }
}
/** A `manifest.in` path must stay below the prefix, like an archive entry. */
function checkManifestPath(rel, archive) {
    const parts = rel.split("/").filter((p) => p !== "" && p !== ".");
    if (parts.length === 0 ||
        rel.startsWith("/") ||
        /^[A-Za-z]:/.test(rel) ||
        rel.includes("\\") ||
        parts.includes("..")) {
        throw new UnsafeArchiveError(`refusing manifest.in path '${rel}' in ${archive}: it would leave the toolchain`);
    }
    return parts;
}
async function exists(p) {
    return stat(p).then(() => true, () => false);
}
/** Moves a directory tree, merging into directories another component already created. */
async function moveTree(src, dst, conflict) {
    if (!(await exists(dst))) {
        await mkdir(path.dirname(dst), { recursive: true });
        await rename(src, dst);
        return;
    }
    const [s, d] = await Promise.all([stat(src), stat(dst)]);
    if (!s.isDirectory() || !d.isDirectory())
        throw conflict(dst);
    for (const name of await readdir(src)) {
        await moveTree(path.join(src, name), path.join(dst, name), conflict);
    }
}
async function component_installComponent(pkgDir, prefix, planned, archive) {
    const version = (await readText(path.join(pkgDir, "rust-installer-version"), archive, "rust-installer-version")).trim();
    if (version !== "3") {
        throw new CorruptArchiveError(`${archive} has unsupported rust-installer-version ${version} (expected 3)`);
    }
    const listed = (await readText(path.join(pkgDir, "components"), archive, "components file"))
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    const dirName = [`${planned.pkg}-${planned.target}`, planned.pkg].find((c) => listed.includes(c));
    if (!dirName) {
        throw new CorruptArchiveError(`${archive} does not contain component ${planned.pkg} (it lists: ${listed.join(", ") || "nothing"})`);
    }
    const componentDir = path.join(pkgDir, dirName);
    const lines = (await readText(path.join(componentDir, "manifest.in"), archive, `${dirName}/manifest.in`))
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    const conflict = (p) => new CorruptArchiveError(`component ${planned.componentId} from ${archive} would overwrite ${path.relative(prefix, p)}, ` +
        "which another component already installed");
    for (const line of lines) {
        const colon = line.indexOf(":");
        const kind = line.slice(0, colon);
        const rel = line.slice(colon + 1);
        if (kind !== "file" && kind !== "dir") {
            throw new CorruptArchiveError(`${archive}: unknown line '${line}' in ${dirName}/manifest.in`);
        }
        const parts = checkManifestPath(rel, archive);
        const src = path.join(componentDir, ...parts);
        const dst = path.join(prefix, ...parts);
        if (!(await exists(src))) {
            throw new CorruptArchiveError(`${archive}: ${dirName}/manifest.in lists ${rel}, which the archive does not contain`);
        }
        if (kind === "file") {
            if (await exists(dst))
                throw conflict(dst);
            await mkdir(path.dirname(dst), { recursive: true });
            await rename(src, dst);
        }
        else {
            await moveTree(src, dst, conflict);
        }
    }
    const rustlib = path.join(prefix, "lib", "rustlib");
    await mkdir(rustlib, { recursive: true });
    await writeFile(path.join(rustlib, `manifest-${planned.componentId}`), lines.map((l) => `${l}\n`).join(""));
    return { componentId: planned.componentId, pkg: planned.pkg, target: planned.target, lines };
}
/** The files rustup keeps in `lib/rustlib/` so that a later `rustup` sees an ordinary installed toolchain. */
async function component_writeRustupMetadata(prefix, components, manifestText) {
    const rustlib = path.join(prefix, "lib", "rustlib");
    await mkdir(rustlib, { recursive: true });
    const config = ['config_version = "1"', ""];
    for (const c of components) {
        config.push("[[components]]", `pkg = "${c.pkg}"`);
        if (c.target !== "*")
            config.push(`target = "${c.target}"`);
        config.push("is_extension = false", "");
    }
    await Promise.all([
        writeFile(path.join(rustlib, "rust-installer-version"), "3\n"),
        writeFile(path.join(rustlib, "components"), components.map((c) => `${c.componentId}\n`).join("")),
        writeFile(path.join(rustlib, "multirust-channel-manifest.toml"), manifestText),
        writeFile(path.join(rustlib, "multirust-config.toml"), config.join("\n")),
    ]);
}

// EXTERNAL MODULE: ../toolchain/src/install/http.ts
var install_http = __nccwpck_require__(1337);
;// CONCATENATED MODULE: ../../node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class error_TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new error_TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            error_TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        error_TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    error_TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    error_TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                error_TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    error_TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || error_TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            error_TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            error_TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            error_TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            error_TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            error_TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        error_TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                error_TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            error_TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        error_TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                error_TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            error_TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        error_TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                error_TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        error_TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        error_TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            error_TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        error_TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            error_TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                error_TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                error_TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                error_TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            error_TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    error_TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                error_TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && error_TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            error_TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            error_TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    error_TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            error_TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    error_TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        error_TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse_parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    error_TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            error_TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse_parse, stringify: stringify, TomlDate: TomlDate, TomlError: error_TomlError });

;// CONCATENATED MODULE: ../toolchain/src/install/manifest.ts
// Parsing and validating a v2 channel manifest (`channel-rust-<channel>.toml`), following rustup's
// `src/dist/manifest.rs`: only manifest-version "2", unknown keys ignored, a package whose `target` table has the
// single key "*" matches every target, a url is usable only together with its hash, `available = false` wins.


function manifest_table(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value)
        ? value
        : undefined;
}
function str(value) {
    return typeof value === "string" ? value : undefined;
}
function refs(value, where) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value))
        throw new ManifestError(`${where} must be an array of tables`);
    return value.map((item, i) => {
        const t = manifest_table(item);
        const pkg = str(t?.pkg);
        const target = str(t?.target);
        if (!pkg || !target)
            throw new ManifestError(`${where}[${i}] needs string keys 'pkg' and 'target'`);
        return { pkg, target };
    });
}
function targeted(value, where) {
    const available = value.available === true;
    const pair = (urlKey, hashKey) => {
        const url = str(value[urlKey]);
        const hash = str(value[hashKey]);
        return available && url && hash ? { url, hash: hash.toLowerCase() } : undefined;
    };
    const gz = pair("url", "hash");
    const xz = pair("xz_url", "xz_hash");
    return {
        available,
        ...(gz ? { gz } : {}),
        ...(xz ? { xz } : {}),
        components: refs(value.components, `${where}.components`),
        extensions: refs(value.extensions, `${where}.extensions`),
    };
}
/** Parses and validates a channel manifest; `source` (a URL or path) goes into every error message. */
function manifest_parseChannelManifest(text, source) {
    let doc;
    try {
        doc = parse(text);
    }
    catch (error) {
        const detail = error instanceof TomlError ? error.message.split("\n")[0] : String(error);
        throw new ManifestError(`the channel manifest from ${source} is not valid TOML: ${detail}`);
    }
    const version = doc["manifest-version"];
    if (version !== "2") {
        throw new ManifestError(`the channel manifest from ${source} has manifest-version ${JSON.stringify(version)}; only "2" is supported`);
    }
    const date = str(doc.date);
    if (!date)
        throw new ManifestError(`the channel manifest from ${source} has no 'date'`);
    const packages = new Map();
    for (const [name, raw] of Object.entries(manifest_table(doc.pkg) ?? {})) {
        const pkgTable = manifest_table(raw);
        if (!pkgTable)
            continue;
        const targets = new Map();
        for (const [target, t] of Object.entries(manifest_table(pkgTable.target) ?? {})) {
            const tt = manifest_table(t);
            if (tt)
                targets.set(target, targeted(tt, `pkg.${name}.target.${target}`));
        }
        const pkgVersion = str(pkgTable.version);
        packages.set(name, { ...(pkgVersion ? { version: pkgVersion } : {}), targets });
    }
    const renames = new Map();
    for (const [from, raw] of Object.entries(manifest_table(doc.renames) ?? {})) {
        const to = str(manifest_table(raw)?.to);
        if (!to || !packages.has(to)) {
            throw new ManifestError(`server sent a broken manifest (${source}): missing package for the target of a rename ${from}`);
        }
        renames.set(from, to);
    }
    const profiles = new Map();
    for (const [name, raw] of Object.entries(manifest_table(doc.profiles) ?? {})) {
        if (Array.isArray(raw) && raw.every((x) => typeof x === "string"))
            profiles.set(name, raw);
    }
    // rustup rejects a manifest whose rust package points at packages it does not describe.
    for (const [host, t] of packages.get("rust")?.targets ?? []) {
        for (const ref of [...t.components, ...t.extensions]) {
            if (!packages.get(ref.pkg)?.targets.has(ref.target)) {
                throw new ManifestError(`server sent a broken manifest (${source}): pkg.rust.target.${host} lists ${ref.pkg} for ${ref.target}, ` +
                    `which has no [pkg.${ref.pkg}.target.${ref.target}] table`);
            }
        }
    }
    return { date, packages, renames, profiles };
}
/** The package's entry for a target, honouring the wildcard rule (a lone "*" key matches every target). */
function manifest_packageForTarget(pkg, target) {
    const keys = [...pkg.targets.keys()];
    if (keys.length === 1 && keys[0] === "*")
        return pkg.targets.get("*");
    return pkg.targets.get(target);
}
/** `rustc --version` tail of the release, e.g. "1.95.0 (59807616e 2026-04-14)". */
function manifest_rustVersion(manifest) {
    return manifest.packages.get("rust")?.version;
}

;// CONCATENATED MODULE: ../toolchain/src/install/plan.ts
// Which packages a request needs, resolved like rustup's `try_update_from_dist_`: the profile's members that the
// host's `rust` package offers (others are silently dropped, e.g. rust-mingw off windows-gnu), the requested
// components through `[renames]`, and `rust-std` for every extra target. Pure: no I/O.


const plan_UPSTREAM_DIST_SERVER = "https://static.rust-lang.org";
/** Mirrors rewrite the literal upstream prefix, exactly as rustup's `DownloadCfg::url` does. */
function rewriteDistUrl(url, distServer) {
    const server = distServer.replace(/\/+$/, "");
    return url.startsWith(plan_UPSTREAM_DIST_SERVER) ? server + url.slice(plan_UPSTREAM_DIST_SERVER.length) : url;
}
function componentId(ref) {
    return ref.target === "*" ? ref.pkg : `${ref.pkg}-${ref.target}`;
}
function unavailable(name, target, request) {
    const message = `component '${name}' for target '${target}' is unavailable for download for channel '${request.toolchain}'`;
    // Missing for the host itself: this release has no (complete) build for this machine.
    return target === request.host ? new HostUnsupportedError(message) : new ComponentUnavailableError(message);
}
function pick(entry, request) {
    const order = request.compression === "xz" ? ["xz", "gz"] : ["gz", "xz"];
    for (const kind of order) {
        const bin = entry[kind];
        if (bin)
            return { url: rewriteDistUrl(bin.url, request.distServer), sha256: bin.hash, compression: kind };
    }
    return undefined;
}
function plan_planInstall(manifest, request) {
    const { host, toolchain } = request;
    const rust = manifest.packages.get("rust");
    const rustHost = rust?.targets.get(host);
    if (!rustHost) {
        throw new HostUnsupportedError(`toolchain ${toolchain} is not available for host ${host} (no pkg.rust.target.${host} in ${request.manifestUrl})`);
    }
    const offered = [...rustHost.components, ...rustHost.extensions];
    const wanted = [];
    const add = (ref) => {
        if (!wanted.some((w) => w.pkg === ref.pkg && w.target === ref.target))
            wanted.push(ref);
    };
    const profile = manifest.profiles.get(request.profile);
    if (manifest.profiles.size > 0 && !profile) {
        throw new ComponentUnavailableError(`profile '${request.profile}' is not offered by channel '${toolchain}' ` +
            `(available: ${[...manifest.profiles.keys()].join(", ")})`);
    }
    // Old manifests without [profiles]: rustup installs the rust package's non-extension components.
    const members = profile ?? rustHost.components.map((c) => c.pkg);
    for (const name of members) {
        const ref = offered.find((o) => o.pkg === name && (o.target === host || o.target === "*"));
        if (ref)
            add(ref);
    }
    for (const requested of request.components) {
        const name = manifest.renames.get(requested) ?? requested;
        const pkg = manifest.packages.get(name);
        if (!pkg) {
            throw new ComponentUnavailableError(`component '${requested}' is not known in channel '${toolchain}' (see \`rustup component list\` for names)`);
        }
        const wildcard = pkg.targets.size === 1 && pkg.targets.has("*");
        add({ pkg: name, target: wildcard ? "*" : host });
    }
    for (const target of request.targets) {
        if (target === host)
            continue;
        if (!manifest.packages.get("rust-std")?.targets.has(target)) {
            throw new ComponentUnavailableError(`target '${target}' not found in channel '${toolchain}'. Perhaps check ` +
                "https://doc.rust-lang.org/nightly/rustc/platform-support.html for available targets");
        }
        add({ pkg: "rust-std", target });
    }
    return wanted.map((ref) => {
        const pkg = manifest.packages.get(ref.pkg);
        const entry = pkg && packageForTarget(pkg, ref.target === "*" ? host : ref.target);
        const bin = entry?.available ? pick(entry, request) : undefined;
        if (!bin)
            throw unavailable(ref.pkg, ref.target === "*" ? host : ref.target, request);
        return { pkg: ref.pkg, target: ref.target, componentId: componentId(ref), ...bin };
    });
}

;// CONCATENATED MODULE: ../toolchain/src/install/platform.ts
// Platform-dependent names, injectable so Windows and macOS behaviour can be unit-tested on Linux.

function exeSuffix(platform) {
    return platform === "win32" ? ".exe" : "";
}
function platform_pathApi(platform) {
    return platform === "win32" ? path.win32 : path.posix;
}
function platform_toolchainPaths(dir, platform) {
    const p = platform_pathApi(platform);
    const bin = p.join(dir, "bin");
    return {
        bin,
        rustc: p.join(bin, `rustc${exeSuffix(platform)}`),
        cargo: p.join(bin, `cargo${exeSuffix(platform)}`),
        rustlib: p.join(dir, "lib", "rustlib"),
    };
}
/** A `manifest.in` path ('/'-separated) as a native path below `prefix`. */
function manifestPathToNative(prefix, rel, platform) {
    return platform_pathApi(platform).join(prefix, ...rel.split("/"));
}
/** Unix modes mean nothing on Windows; keeping them there would only produce read-only surprises. */
function platform_keepsFileModes(platform) {
    return platform !== "win32";
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ../toolchain/src/install/signature.ts
// Optional OpenPGP verification of the channel manifest's detached `.asc` signature. rustup dropped this in 1.26;
// together with the sha256 chain (manifest → package hashes) it authenticates every byte we install. The release
// key is pinned by fingerprint: whatever armored key we are given must be exactly that key.





/** "Rust Language (Tag and Release Signing Key) <rust-key@rust-lang.org>", rsa4096, created 2013-09-26. */
const signature_RUST_RELEASE_KEY_FINGERPRINT = "108F66205EAEB0AAA8DD5E1C85AB96E6FA1BE5FE";
/** Where the repository ships the armored release key (see packages/toolchain/keys/README.md). */
const signature_DEFAULT_RELEASE_KEY_PATH = external_node_path_default().join(import.meta.dirname, "..", "..", "keys", "rust-release-key.asc");
// openpgp.js is large: load it only when a signature is actually checked.
const pgp = () => __nccwpck_require__.e(/* import() */ 763).then(__nccwpck_require__.bind(__nccwpck_require__, 7763));
/**
 * Reads an armored public key and checks that its primary fingerprint is `expectedFingerprint`; a key file that
 * was swapped or mangled is an error, never a silent downgrade.
 */
async function signature_loadReleaseKey(armored, expectedFingerprint = signature_RUST_RELEASE_KEY_FINGERPRINT, source = "the release key") {
    const openpgp = await pgp();
    let key;
    try {
        key = await openpgp.readKey({ armoredKey: armored });
    }
    catch (error) {
        throw new SignatureError(`${source} is not an armored OpenPGP public key: ${errorMessage(error)}`);
    }
    const fingerprint = key.getFingerprint().toUpperCase();
    const expected = expectedFingerprint.replace(/\s+/g, "").toUpperCase();
    if (fingerprint !== expected) {
        throw new SignatureError(`${source} has fingerprint ${fingerprint}, but ${expected} is required`);
    }
    return { armored, fingerprint };
}
/** The shipped key file, or null when the repository does not ship one. */
async function signature_loadShippedReleaseKey(file = signature_DEFAULT_RELEASE_KEY_PATH) {
    if (!existsSync(file))
        return null;
    return signature_loadReleaseKey(await readFile(file, "utf8"), signature_RUST_RELEASE_KEY_FINGERPRINT, file);
}
async function signature_verifyDetachedSignature(data, armoredSignature, key, what) {
    const openpgp = await pgp();
    try {
        const [verificationKeys, signature, message] = await Promise.all([
            openpgp.readKey({ armoredKey: key.armored }),
            openpgp.readSignature({ armoredSignature }),
            openpgp.createMessage({ binary: data }),
        ]);
        const result = await openpgp.verify({
            message,
            signature,
            verificationKeys,
            expectSigned: true,
            format: "binary",
        });
        await result.signatures[0]?.verified;
    }
    catch (error) {
        throw new SignatureError(`the OpenPGP signature of ${what} does not verify with key ${key.fingerprint}: ${errorMessage(error)}`);
    }
}

;// CONCATENATED MODULE: ../toolchain/src/install/staging.ts
// The temporary directories an install assembles a toolchain in (`<toolCacheDir>/.tmp-<key>-XXXXXX`): each records
// its owner (pid, host, start), is removed when the process gets SIGINT/SIGTERM mid-install, and is swept before
// each install once its owner is gone — a process on this host that no longer runs, or, when that cannot be known
// (another host sharing the tool cache, no owner record), once it is older than any install could take.




const STAGING_PREFIX = ".tmp-";
const OWNER_FILE = "owner.json";
/** Older than this, a staging directory whose owner cannot be checked is litter (installs time out after 10 min). */
const DEFAULT_STALE_AFTER_MS = (/* unused pure expression or super */ null && (6 * 3600_000));
const live = new Set();
const SIGNALS = (/* unused pure expression or super */ null && (["SIGINT", "SIGTERM", "SIGHUP"]));
function onSignal(signal) {
    for (const dir of live)
        rmSync(dir, { recursive: true, force: true });
    live.clear();
    const alone = process.listenerCount(signal) === 1;
    unlisten();
    // Nobody else handles the signal: die of it as we would have without this handler.
    if (alone)
        process.kill(process.pid, signal);
}
function listen() {
    for (const s of SIGNALS)
        process.on(s, onSignal);
}
function unlisten() {
    for (const s of SIGNALS)
        process.off(s, onSignal);
}
/** Creates a staging directory that records its owner and is removed if the process is interrupted. */
async function staging_createStaging(toolCacheDir, key) {
    const dir = await mkdtemp(path.join(toolCacheDir, `${STAGING_PREFIX}${key}-`));
    if (live.size === 0)
        listen();
    live.add(dir);
    const owner = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() };
    try {
        // Written whole or not at all: a concurrent sweep must never read half a record.
        const partial = path.join(dir, `${OWNER_FILE}.tmp`);
        await writeFile(partial, `${JSON.stringify(owner)}\n`);
        await rename(partial, path.join(dir, OWNER_FILE));
    }
    catch (error) {
        await staging_removeStaging(dir);
        throw error;
    }
    return dir;
}
async function staging_removeStaging(dir) {
    await rm(dir, { recursive: true, force: true });
    live.delete(dir);
    if (live.size === 0)
        unlisten();
}
function running(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === "EPERM"; // alive, someone else's
    }
}
/** Why a staging directory is litter, or undefined while it may belong to a running install. */
async function staleness(dir, staleAfterMs, now) {
    const owner = await readFile(path.join(dir, OWNER_FILE), "utf8")
        .then((text) => JSON.parse(text))
        .catch(() => undefined);
    if (owner && typeof owner.pid === "number" && owner.host === os.hostname()) {
        if (!live.has(dir) && owner.pid !== process.pid && !running(owner.pid)) {
            return `its install (pid ${owner.pid}) is no longer running`;
        }
        if (owner.pid === process.pid && !live.has(dir))
            return "an earlier install of this process left it";
        return undefined;
    }
    const started = owner?.startedAt ? Date.parse(owner.startedAt) : (await stat(dir)).mtimeMs;
    const age = now - started;
    if (!(age > staleAfterMs))
        return undefined;
    return `it is ${Math.round(age / 3600_000)} h old${owner?.host ? ` (from host ${owner.host})` : ""}`;
}
/** Removes the staging directories of installs that can no longer finish; never one that may still be running. */
async function staging_sweepStaleStaging(toolCacheDir, logger, staleAfterMs = DEFAULT_STALE_AFTER_MS) {
    const names = await readdir(toolCacheDir).catch(() => []);
    const removed = [];
    const now = Date.now();
    for (const name of names) {
        if (!name.startsWith(STAGING_PREFIX))
            continue;
        const dir = path.join(toolCacheDir, name);
        const why = await staleness(dir, staleAfterMs, now).catch(() => undefined);
        if (!why)
            continue;
        await rm(dir, { recursive: true, force: true });
        logger.info(`removed ${dir} left by an interrupted install: ${why}`);
        removed.push(dir);
    }
    return removed;
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: ../toolchain/src/install/transport.ts
// The one place that performs a GET. The default uses node:http(s) directly: on a loopback mirror it moves a
// 140 MB tarball about twice as fast as the built-in fetch (web-stream overhead per chunk), and the download is
// on the critical path of every install. An injected `fetch` (tests, proxies) goes through the same interface.


const MAX_REDIRECTS = 5;
const transport_nodeTransport = (url, signal, headers = {}) => get(url, signal, headers, 0);
function get(url, signal, headers, redirects) {
    return new Promise((resolve, reject) => {
        const parsed = new URL(url);
        const client = parsed.protocol === "https:" ? https : parsed.protocol === "http:" ? http : null;
        if (!client) {
            reject(new TypeError(`unsupported URL scheme in ${url} (only http and https)`));
            return;
        }
        const request = client.get(parsed, { signal, headers: { "user-agent": "oxidize-setup-rust", ...headers } }, (response) => {
            const status = response.statusCode ?? 0;
            const location = response.headers.location;
            if (status >= 300 && status < 400 && location) {
                response.resume();
                if (redirects >= MAX_REDIRECTS) {
                    reject(new Error(`too many redirects from ${url}`));
                    return;
                }
                get(new URL(location, url).toString(), signal, headers, redirects + 1).then(resolve, reject);
                return;
            }
            const length = Number(response.headers["content-length"]);
            const contentRange = response.headers["content-range"];
            const validator = response.headers.etag ?? response.headers["last-modified"];
            resolve({
                status,
                statusText: response.statusMessage ?? "",
                ...(Number.isFinite(length) ? { contentLength: length } : {}),
                ...(contentRange ? { contentRange } : {}),
                ...(validator ? { validator } : {}),
                body: response,
                discard: () => response.destroy(),
            });
        });
        request.on("error", reject);
    });
}
function transport_fetchTransport(fetchImpl) {
    return async (url, signal, headers = {}) => {
        const response = await fetchImpl(url, { signal, redirect: "follow", headers });
        const length = Number(response.headers.get("content-length") ?? Number.NaN);
        const contentRange = response.headers.get("content-range");
        const validator = response.headers.get("etag") ?? response.headers.get("last-modified");
        const body = response.body;
        return {
            status: response.status,
            statusText: response.statusText,
            ...(Number.isFinite(length) ? { contentLength: length } : {}),
            ...(contentRange ? { contentRange } : {}),
            ...(validator ? { validator } : {}),
            body: body
                ? {
                    async *[Symbol.asyncIterator]() {
                        const reader = body.getReader();
                        try {
                            for (;;) {
                                const { done, value } = await reader.read();
                                if (done)
                                    return;
                                yield value;
                            }
                        }
                        finally {
                            reader.cancel().catch(() => { });
                        }
                    },
                }
                : (async function* () { })(),
            discard: () => {
                body?.cancel().catch(() => { });
            },
        };
    };
}

;// CONCATENATED MODULE: ../toolchain/src/install/types.ts
const types_silentLogger = { info() { }, warning() { }, debug() { } };

;// CONCATENATED MODULE: ../toolchain/src/probe/rustc.ts

/**
 * Parses `rustc -vV` ("key: value" lines after the banner). Undefined when release or host is
 * missing, i.e. the program was not rustc.
 */
function rustc_parseRustcVerbose(text) {
    const lines = text.split(/\r?\n/);
    const fields = new Map();
    for (const line of lines.slice(1)) {
        const colon = line.indexOf(":");
        if (colon > 0)
            fields.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    }
    const release = fields.get("release");
    const host = fields.get("host");
    const banner = lines[0]?.trim() ?? "";
    if (!release || !host || !banner.startsWith("rustc "))
        return undefined;
    const version = { release, host, banner, text: text.trim() };
    const known = (key) => {
        const value = fields.get(key);
        return value && value !== "unknown" ? value : undefined;
    };
    const commitHash = known("commit-hash");
    const commitDate = known("commit-date");
    const llvmVersion = known("LLVM version");
    if (commitHash)
        version.commitHash = commitHash;
    if (commitDate)
        version.commitDate = commitDate;
    if (llvmVersion)
        version.llvmVersion = llvmVersion;
    return version;
}
/** `cargo 1.95.0 (f2d3ce0bd 2026-03-21)` → `1.95.0`. */
function rustc_parseCargoVersion(text) {
    return /^cargo (\S+)/.exec(text.trim())?.[1];
}
/**
 * Asks a rustc (and optionally a cargo) what they are. A program that does not answer like rustc
 * — a stub, a wrapper that fails, one that hangs — is a problem, never a fact.
 */
async function rustc_probeRustc(rustc, options) {
    const run = options.run ?? src/* runProcess */.R3;
    const timeoutMs = options.timeoutMs ?? 30_000;
    const processOptions = { env: options.env, timeoutMs, ...(options.cwd ? { cwd: options.cwd } : {}) };
    const [verbose, cargo] = await Promise.all([
        run(rustc, ["-vV"], processOptions),
        options.cargo === undefined ? undefined : run(options.cargo, ["-V"], processOptions),
    ]);
    const parsed = verbose.exitCode === 0 ? rustc_parseRustcVerbose(verbose.stdout) : undefined;
    if (!parsed) {
        const why = verbose.timedOut
            ? `timed out after ${timeoutMs} ms`
            : (verbose.startError ??
                `exited with ${verbose.exitCode ?? verbose.signal}: ${(0,src/* lastLine */.fM)(verbose.output)}`);
        return { ok: false, problem: `${rustc} -vV did not answer like rustc (${why})` };
    }
    const probe = { ok: true, rustc: parsed };
    const cargoVersion = cargo?.exitCode === 0 ? rustc_parseCargoVersion(cargo.stdout) : undefined;
    if (cargoVersion !== undefined)
        probe.cargoVersion = cargoVersion;
    if (options.sysroot) {
        const sysroot = await run(rustc, ["--print", "sysroot"], processOptions);
        if (sysroot.exitCode === 0 && sysroot.stdout.trim() !== "")
            probe.sysroot = sysroot.stdout.trim();
    }
    return probe;
}

;// CONCATENATED MODULE: ../toolchain/src/install/verify.ts
// Is this the release that was asked for? Checked twice: on the channel manifest before anything is downloaded
// (a manifest at channel-rust-1.95.0.toml that describes 1.94.0 is refused), and on the unpacked binaries before
// the cache entry is marked complete (`rustc -vV` and `cargo -V` must run and report the manifest's release and
// commit). A cache hit re-checks cheaply, with stat only: the recorded binaries must still be there.





function verify_parseReleaseVersion(text) {
    const m = /^(\S+)(?:\s+\(([0-9a-f]{7,40})\s+(\d{4}-\d{2}-\d{2})\))?/.exec(text.trim());
    if (!m)
        return undefined;
    return { release: m[1], ...(m[2] && { commit: m[2] }), ...(m[3] && { date: m[3] }) };
}
/**
 * What a toolchain name promises about the release, as far as it can be checked: an exact pin names the release,
 * `1.95` its minor series, `stable`/`beta`/`nightly` the kind of release. Returns why `release` does not fit, or
 * undefined when it does.
 */
function releaseMismatch(channel, release) {
    if (/^\d+\.\d+\.\d+(-beta\.\d+)?$/.test(channel)) {
        return release === channel ? undefined : `it is ${release}, not ${channel}`;
    }
    const minor = /^(\d+)\.(\d+)$/.exec(channel);
    if (minor) {
        return new RegExp(`^${minor[1]}\\.${minor[2]}\\.\\d+$`).test(release)
            ? undefined
            : `it is ${release}, not a ${channel}.x release`;
    }
    if (channel === "stable") {
        return /^\d+\.\d+\.\d+$/.test(release) ? undefined : `it is ${release}, not a stable release`;
    }
    if (channel === "beta") {
        return /^\d+\.\d+\.\d+-beta(\.\d+)?$/.test(release) ? undefined : `it is ${release}, not a beta release`;
    }
    if (channel === "nightly") {
        return /^\d+\.\d+\.\d+-nightly$/.test(release) ? undefined : `it is ${release}, not a nightly release`;
    }
    return undefined; // a name we cannot judge
}
/**
 * Refuses a manifest that describes another release than the toolchain name asks for, before any package is
 * downloaded: `pkg.rust.version` must fit the channel, and a dated name's date must be the manifest's.
 */
function verify_checkManifestRelease(toolchain, manifest, url) {
    const name = toolchain.date ? `${toolchain.channel}-${toolchain.date}` : toolchain.channel;
    const fix = `the dist server serves the wrong manifest under this name; fix the mirror or use another dist-server`;
    if (toolchain.date && manifest.date !== toolchain.date) {
        throw new ManifestError(`the channel manifest ${url} is dated ${manifest.date}, not ${toolchain.date} as ${name} asks: ${fix}`);
    }
    const text = manifest.packages.get("rust")?.version;
    const version = text === undefined ? undefined : verify_parseReleaseVersion(text);
    if (!version) {
        throw new ManifestError(`the channel manifest ${url} does not say which release it describes (pkg.rust.version is ${JSON.stringify(text ?? null)}): ${fix}`);
    }
    const why = releaseMismatch(toolchain.channel, version.release);
    if (why) {
        throw new ManifestError(`the channel manifest ${url} describes ${text}, but ${name} was asked for (${why}): ${fix}`);
    }
    return version;
}
class BinaryCheckError extends (/* unused pure expression or super */ null && (InstallError)) {
}
/**
 * Runs the unpacked `rustc -vV` and `cargo -V`: they must run, and report the manifest's release (and commit, when
 * the manifest names one) for this host. Any failure is one line naming the toolchain and the binary.
 */
async function verify_checkBinaries(request) {
    const run = request.run ?? runProcess;
    const timeoutMs = request.timeoutMs ?? 60_000;
    const shown = (file) => path.join(request.shownDir, path.relative(request.stagingDir, file));
    const fail = (what) => new BinaryCheckError(`toolchain ${request.name}: ${what}; nothing was cached. The archives do not hold a working ${request.expected.release} for ${request.host}: check the dist server, or the host this job runs on`);
    const exec = async (file, args) => {
        try {
            return await run(file, args, { env: { ...process.env, RUSTUP_TOOLCHAIN: undefined }, timeoutMs });
        }
        catch (error) {
            throw fail(`${shown(file)} ${args.join(" ")} could not be started (${errorMessage(error)})`);
        }
    };
    // What the program printed, on one line, with the final directory instead of the staging one.
    const said = (text) => lastLine(text)
        .split(request.stagingDir)
        .join(request.shownDir)
        .replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, "?")
        .slice(0, 300);
    const why = (r) => r.timedOut
        ? `timed out after ${timeoutMs / 1000} s`
        : (r.startError ?? `exited with ${r.exitCode ?? r.signal}: ${said(r.output) || "no output"}`);
    const [verbose, cargo] = await Promise.all([
        exec(request.rustc, ["-vV"]),
        request.cargo === undefined ? undefined : exec(request.cargo, ["-V"]),
    ]);
    const rustc = verbose.exitCode === 0 ? parseRustcVerbose(verbose.stdout) : undefined;
    if (!rustc) {
        throw fail(`${shown(request.rustc)} -vV did not answer like rustc (${verbose.exitCode === 0 ? `it printed '${said(verbose.stdout)}'` : why(verbose)})`);
    }
    const expected = request.expected;
    if (rustc.release !== expected.release) {
        throw fail(`${shown(request.rustc)} reports release ${rustc.release}, the manifest ${expected.release}`);
    }
    if (expected.commit && rustc.commitHash && !rustc.commitHash.startsWith(expected.commit)) {
        throw fail(`${shown(request.rustc)} reports commit ${rustc.commitHash}, the manifest ${expected.commit}`);
    }
    if (rustc.host !== request.host) {
        throw fail(`${shown(request.rustc)} reports host ${rustc.host}, not ${request.host}`);
    }
    if (!cargo)
        return { rustc };
    const cargoVersion = cargo.exitCode === 0 ? parseCargoVersion(cargo.stdout) : undefined;
    if (!cargoVersion) {
        throw fail(`${shown(request.cargo)} -V did not answer like cargo (${cargo.exitCode === 0 ? `it printed '${said(cargo.stdout)}'` : why(cargo)})`);
    }
    if (cargoVersion !== expected.release && cargoVersion !== request.cargoRelease) {
        throw fail(`${shown(request.cargo)} reports ${cargoVersion}, not ${expected.release}`);
    }
    return { rustc, cargoVersion };
}
/**
 * Why a complete-marked cache entry cannot be used, or undefined: checked with stat only (a cache hit spawns
 * nothing). The recorded binaries (older markers: rustc and cargo) and each component's manifest file must exist,
 * and the recorded release must fit the toolchain name.
 */
async function verify_cachedEntryProblem(dir, marker, channel, fallbackBinaries) {
    const version = verify_parseReleaseVersion(marker.rustVersion);
    const mismatch = version ? releaseMismatch(channel, version.release) : undefined;
    if (mismatch)
        return `holds ${marker.rustVersion}, which does not fit ${channel} (${mismatch})`;
    const files = [
        ...(marker.binaries ?? fallbackBinaries),
        ...marker.components.map((c) => `lib/rustlib/manifest-${c}`),
    ];
    for (const rel of files) {
        const ok = await stat(path.join(dir, ...rel.split("/"))).then((s) => s.isFile(), () => false);
        if (!ok)
            return `has no ${rel}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ../toolchain/src/install/install.ts
// Installs a Rust toolchain from a dist server without rustup: manifest (+ .sha256, optional .asc) → plan → every
// package downloaded in parallel, hashed and unpacked while it streams → components moved into a staging prefix
// next to the destination → one rename into the tool cache → completeness marker. Any failure removes the staging
// directory, so the cache never holds half a toolchain.
















const DEFAULT_LIMITS = {
    manifestBytes: 16 << 20,
    signatureBytes: 64 << 10,
    archiveBytes: 4 * 2 ** 30,
    unpackedBytes: 4 * 2 ** 30,
    unpackRatio: 20,
    unpackSlackBytes: 16 << 20,
};
/** `nightly-2026-04-16` → channel "nightly", date "2026-04-16". */
function splitToolchain(toolchain) {
    const m = /^(.+)-(\d{4}-\d{2}-\d{2})$/.exec(toolchain);
    return m ? { channel: m[1], date: m[2] } : { channel: toolchain };
}
function manifestUrl(distServer, toolchain) {
    const { channel, date } = splitToolchain(toolchain);
    return `${distServer.replace(/\/+$/, "")}/dist${date ? `/${date}` : ""}/channel-rust-${channel}.toml`;
}
class ManifestChecksumError extends (/* unused pure expression or super */ null && (ChecksumError)) {
    // The CDN may be mid-update (rustup#3390): fetching .sha256 and manifest again usually fixes it.
    retryable = true;
}
async function fetchManifest(options, ctx, server) {
    const url = manifestUrl(server, options.toolchain);
    // No manifest at all: the release or channel does not exist on this server (a typo, a version not yet out),
    // whatever the host; only a manifest without this host says "no toolchain for this host".
    const notAvailable = (what) => new NotAvailableError(`toolchain ${options.toolchain} does not exist on ${server} (404 from ${what}); check the toolchain name`);
    // The signature is fetched while the manifest downloads: one round trip less on the critical path.
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    const small = (what) => ({
        maxBytes: limits.signatureBytes,
        what,
        why: "real ones are under 1 KiB",
    });
    const manifestLimit = {
        maxBytes: limits.manifestBytes,
        what: "the channel manifest",
        why: "real ones are under 1 MiB",
    };
    const mode = options.verifySignature ?? "auto";
    const key = mode === "never" ? null : await releaseKey(options);
    const asc = key
        ? fetchBytes(`${url}.asc`, `signature ${url}.asc`, ctx, small("a signature"))
        : Promise.resolve(null);
    asc.catch(() => { }); // awaited below; a manifest failure must not leave it unhandled
    const { text, sha256 } = await withRetry(`channel manifest ${url}`, ctx, async () => {
        // Both in parallel: one round trip instead of two (rustup fetches them one after the other).
        const [sums, body] = await Promise.all([
            getBounded(`${url}.sha256`, ctx, small("a checksum file")),
            getBounded(url, ctx, manifestLimit),
        ]);
        if (!sums)
            throw notAvailable(`${url}.sha256`);
        if (!body)
            throw notAvailable(url);
        const expected = /^[0-9a-fA-F]{64}/.exec(sums.toString("utf8").trim())?.[0]?.toLowerCase();
        if (!expected)
            throw new InstallError(`${url}.sha256 does not start with a sha256 hex digest`);
        const actual = createHash("sha256").update(body).digest("hex");
        if (actual !== expected)
            throw new ManifestChecksumError("the channel manifest", url, expected, actual);
        return { text: body.toString("utf8"), sha256: actual };
    });
    const signature = await checkSignature(mode, key, asc, ctx, url, Buffer.from(text, "utf8"));
    return { url, text, sha256, manifest: parseChannelManifest(text, url), signature };
}
async function releaseKey(options) {
    if (options.releaseKey !== undefined) {
        return loadReleaseKey(options.releaseKey, options.releaseKeyFingerprint ?? RUST_RELEASE_KEY_FINGERPRINT, "the release key passed in");
    }
    return loadShippedReleaseKey();
}
async function checkSignature(mode, key, ascFetch, ctx, url, body) {
    if (mode === "never")
        return "skipped";
    if (!key) {
        const message = "no Rust release key is available to check the manifest signature " +
            "(see packages/toolchain/keys/README.md)";
        if (mode === "always")
            throw new SignatureError(`verify-signature is 'always' but ${message}`);
        ctx.logger.warning(`${message}; relying on the sha256 chain only`);
        return "no-key";
    }
    const asc = await ascFetch;
    if (!asc) {
        if (mode === "always")
            throw new SignatureError(`${url}.asc is missing (404) and verify-signature is 'always'`);
        ctx.logger.warning(`${url}.asc is missing (404); the manifest's signature was not checked`);
        return "missing";
    }
    await verifyDetachedSignature(body, asc.toString("utf8"), key, url);
    ctx.logger.info(`manifest signature verified with key ${key.fingerprint}`);
    return "verified";
}
/**
 * Downloads one package into its own directory, unpacking as it streams. A connection that breaks after some bytes
 * is resumed with a Range request (guarded by If-Range), feeding the same hash and unpacker, so the hash still
 * covers every byte in order; a server that answers the resume with the whole file (200) starts a fresh directory
 * and hash.
 */
async function downloadPackage(planned, index, staging, options, ctx) {
    const archive = planned.url.slice(planned.url.lastIndexOf("/") + 1);
    let generation = 0;
    let dir = "";
    let sink;
    let validator;
    let resumed = 0;
    const fresh = async () => {
        sink?.abort();
        if (dir)
            await rm(dir, { recursive: true, force: true });
        dir = path.join(staging, `pkg-${index}-${generation++}`);
        await mkdir(dir, { recursive: true });
        // tar and the xz decoder (WASM) load on the first download only: a cache hit never needs them.
        const { createUnpackSink } = await Promise.all(/* import() */[__nccwpck_require__.e(23), __nccwpck_require__.e(431)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8431));
        sink = createUnpackSink({
            destDir: dir,
            compression: planned.compression,
            archive,
            keepModes: keepsFileModes(options.platform ?? process.platform),
            limits: { ...DEFAULT_LIMITS, ...options.limits },
        });
        validator = undefined;
    };
    try {
        return await withRetry(`download of ${archive}`, ctx, async () => {
            const offset = sink?.bytes ?? 0;
            const range = offset > 0 && validator ? { offset, ifRange: validator } : undefined;
            if (!range)
                await fresh();
            const got = await streamOnce(planned.url, ctx, (chunk) => sink.write(chunk), range, async (head) => {
                if (range) {
                    if (head.status === 206) {
                        if (head.contentRange?.startsWith(`bytes ${range.offset}-`)) {
                            resumed++;
                            ctx.logger.info(`${archive}: resuming at byte ${range.offset}`);
                            return;
                        }
                        validator = undefined; // the next attempt starts over
                        throw new DownloadError(`GET ${planned.url}: asked to resume at byte ${range.offset}, got ${head.contentRange ?? "no Content-Range"}`, planned.url, 206);
                    }
                    await fresh(); // the server sent the whole file (it changed, or ignores ranges): start over
                }
                validator = head.validator;
            });
            if (got === null) {
                throw new NotAvailableError(`toolchain ${options.toolchain} is not available for host ${options.host} (404 from ${planned.url})`);
            }
            const outcome = await sink.finish();
            if (outcome.sha256 !== planned.sha256) {
                throw new ChecksumError(`package ${planned.pkg} for ${planned.target}`, planned.url, planned.sha256, outcome.sha256);
            }
            if (outcome.error)
                throw outcome.error;
            return { dir, bytes: outcome.bytes, resumed };
        });
    }
    catch (error) {
        sink?.abort();
        if (dir)
            await rm(dir, { recursive: true, force: true });
        throw error;
    }
}
/**
 * Renames the assembled toolchain to `dest`. Never deletes a complete toolchain (one with its marker), which
 * another process may be using; a directory without its marker is the remains of an interrupted install and is
 * moved aside first. Returns false when a complete toolchain appeared at `dest` meanwhile.
 */
async function moveIntoPlace(prefix, dest, staging, complete) {
    for (let attempt = 0;; attempt++) {
        try {
            await rename(prefix, dest);
            return true;
        }
        catch (error) {
            const code = error.code;
            if (!["EEXIST", "ENOTEMPTY", "EPERM"].includes(code ?? "") || attempt >= 2) {
                throw new InstallError(`could not move the toolchain into ${dest}: ${errorMessage(error)}`, {
                    cause: error,
                });
            }
            if (await complete())
                return false;
            await rename(dest, path.join(staging, `stale-${attempt}`)).catch(() => { });
        }
    }
}
/** Runs `fn` over `items` with at most `limit` in flight; the first failure stops new work. */
async function pool(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            const i = next++;
            try {
                results[i] = await fn(items[i], i);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    };
    const settled = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
    const rejected = settled.find((s) => s.status === "rejected");
    if (rejected)
        throw rejected.reason;
    return results;
}
async function install_installToolchain(options) {
    const now = options.now ?? (() => performance.now());
    const logger = options.logger ?? silentLogger;
    const platform = options.platform ?? process.platform;
    const server = options.distServer ?? UPSTREAM_DIST_SERVER;
    const profile = options.profile ?? "default";
    const components = options.components ?? [];
    const targets = options.targets ?? [];
    const name = `${options.toolchain}-${options.host}`;
    const t0 = now();
    const keyInput = (toolchain) => ({ toolchain, host: options.host, profile, components, targets });
    const { channel } = splitToolchain(options.toolchain);
    const exe = platform === "win32" ? ".exe" : "";
    /** A complete entry whose binaries are still there (stat only); otherwise null, and the marker goes. */
    const lookup = async (key, quiet = false) => {
        const hit = await findCached(options.toolCacheDir, key);
        if (!hit)
            return null;
        const problem = await cachedEntryProblem(hit.dir, hit.marker, channel, [
            `bin/rustc${exe}`,
            `bin/cargo${exe}`,
        ]);
        if (!problem)
            return hit;
        if (quiet)
            return null;
        logger.info(`${name}: the tool cache entry ${hit.dir} ${problem}; reinstalling`);
        await rm(markerPath(options.toolCacheDir, key), { force: true });
        return null;
    };
    const fromCache = (key, hit) => {
        const total = now() - t0;
        logger.info(`${name}: found in the tool cache (${hit.dir})`);
        return {
            dir: hit.dir,
            name,
            cacheKey: key,
            cacheHit: true,
            rustVersion: hit.marker.rustVersion,
            components: hit.marker.components,
            manifestUrl: manifestUrl(server, options.toolchain),
            manifestSha256: hit.marker.manifestSha256,
            signature: "cached",
            packages: [],
            bytesDownloaded: 0,
            timings: { manifestMs: 0, downloadMs: 0, installMs: 0, totalMs: total },
            paths: toolchainPaths(hit.dir, platform),
        };
    };
    if (isImmutableToolchain(options.toolchain)) {
        const key = cacheKey(keyInput(options.toolchain));
        const hit = await lookup(key);
        if (hit)
            return fromCache(key, hit);
    }
    const timeoutMs = options.timeoutMs ?? 600_000;
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new InstallTimeoutError(`installing ${name} did not finish within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    const failFast = new AbortController();
    const signals = [deadline.signal, failFast.signal, ...(options.signal ? [options.signal] : [])];
    const ctx = {
        transport: options.fetch ? fetchTransport(options.fetch) : nodeTransport,
        retry: { ...DEFAULT_RETRY, ...options.retry },
        idleTimeoutMs: options.idleTimeoutMs ?? 30_000,
        signal: AbortSignal.any(signals),
        logger,
        sleep: options.sleep ?? abortableSleep,
        random: options.random ?? Math.random,
    };
    let staging;
    try {
        const fetched = await fetchManifest(options, ctx, server);
        // Before any package is downloaded: a manifest for another release never gets near the cache.
        const release = checkManifestRelease(splitToolchain(options.toolchain), fetched.manifest, fetched.url);
        const tManifest = now();
        // A floating channel (stable, nightly, 1.95) is keyed by the manifest's date, so a cached copy of the same
        // release is found after one small request.
        const key = cacheKey(keyInput(isImmutableToolchain(options.toolchain)
            ? options.toolchain
            : `${options.toolchain}-${fetched.manifest.date}`));
        const hit = await lookup(key);
        if (hit)
            return fromCache(key, hit);
        const plan = planInstall(fetched.manifest, {
            toolchain: options.toolchain,
            host: options.host,
            profile,
            components,
            targets,
            distServer: server,
            compression: options.compression ?? "gz",
            manifestUrl: fetched.url,
        });
        logger.info(`${name}: installing ${plan.map((p) => p.componentId).join(", ")}`);
        await mkdir(options.toolCacheDir, { recursive: true });
        await sweepStaleStaging(options.toolCacheDir, logger, options.staleTempAfterMs);
        staging = await createStaging(options.toolCacheDir, key);
        const prefix = path.join(staging, "toolchain");
        await mkdir(prefix);
        // Component moves touch shared directories (bin/, lib/rustlib/): one at a time, downloads stay parallel.
        let moving = Promise.resolve();
        const installed = new Array(plan.length);
        const packages = new Array(plan.length);
        await pool(plan, Math.max(1, options.concurrency ?? 4), async (planned, i) => {
            const stagingDir = staging;
            try {
                const { dir, bytes, resumed } = await downloadPackage(planned, i, stagingDir, options, ctx);
                const archive = planned.url.slice(planned.url.lastIndexOf("/") + 1);
                const move = moving.then(() => installComponent(dir, prefix, planned, archive));
                moving = move.catch(() => { });
                installed[i] = await move;
                packages[i] = {
                    pkg: planned.pkg,
                    target: planned.target,
                    url: planned.url,
                    compression: planned.compression,
                    bytes,
                    resumed,
                };
                await rm(dir, { recursive: true, force: true });
            }
            catch (error) {
                failFast.abort(error);
                throw error;
            }
        });
        const tDownload = now();
        await writeRustupMetadata(prefix, installed, fetched.text);
        const dest = path.join(options.toolCacheDir, key);
        const binaries = installed.flatMap((c) => c.lines.filter((l) => l.startsWith("file:bin/")).map((l) => l.slice("file:".length)));
        // Before it can be marked complete, the toolchain must run and be the release the manifest describes.
        let checked;
        if (options.checkBinaries ?? platform === process.platform) {
            const paths = toolchainPaths(prefix, platform);
            const cargoRelease = fetched.manifest.packages.get("cargo")?.version;
            checked = await checkBinaries({
                name,
                host: options.host,
                rustc: paths.rustc,
                ...(binaries.includes(`bin/cargo${exe}`) && { cargo: paths.cargo }),
                expected: release,
                ...(cargoRelease !== undefined && { cargoRelease: parseReleaseVersion(cargoRelease)?.release }),
                shownDir: dest,
                stagingDir: prefix,
            });
        }
        if (!(await moveIntoPlace(prefix, dest, staging, () => lookup(key, true)))) {
            // Another process finished the same toolchain first: theirs is complete, ours is discarded with staging.
            const raced = await lookup(key, true);
            if (raced)
                return fromCache(key, raced);
        }
        const rustVer = rustVersion(fetched.manifest) ?? options.toolchain;
        await writeMarker(options.toolCacheDir, {
            key,
            toolchain: options.toolchain,
            host: options.host,
            rustVersion: rustVer,
            components: installed.map((c) => c.componentId),
            binaries,
            manifestSha256: fetched.sha256,
            installedAt: new Date().toISOString(),
        });
        const tEnd = now();
        const bytesDownloaded = packages.reduce((sum, p) => sum + p.bytes, 0);
        logger.info(`${name}: installed ${installed.length} components (${(bytesDownloaded / 1e6).toFixed(1)} MB) ` +
            `in ${((tEnd - t0) / 1000).toFixed(2)} s`);
        return {
            dir: dest,
            name,
            cacheKey: key,
            cacheHit: false,
            rustVersion: rustVer,
            components: installed.map((c) => c.componentId),
            manifestUrl: fetched.url,
            manifestSha256: fetched.sha256,
            signature: fetched.signature,
            packages,
            bytesDownloaded,
            timings: {
                manifestMs: tManifest - t0,
                downloadMs: tDownload - tManifest,
                installMs: tEnd - tDownload,
                totalMs: tEnd - t0,
            },
            paths: toolchainPaths(dest, platform),
            ...(checked !== undefined && { checked }),
        };
    }
    finally {
        clearTimeout(timer);
        if (staging)
            await removeStaging(staging);
    }
}

;// CONCATENATED MODULE: ../toolchain/src/install/rustup.ts
// The rustup path: `rustup toolchain install` with the flags CI needs (always --no-self-update), spawned without a
// shell; and `linkIntoRustupHome`, which makes a toolchain installed by `installToolchain` visible to rustup.






class rustup_RustupError extends (/* unused pure expression or super */ null && (InstallError)) {
}
function failure(result) {
    if (result.timedOut)
        return `did not finish within ${Math.round(result.durationMs / 1000)} s`;
    return `exited with ${result.exitCode ?? result.signal}`;
}
function rustupInstallArgs(options) {
    const args = ["toolchain", "install", options.toolchain, "--no-self-update"];
    if (options.profile)
        args.push("--profile", options.profile);
    if (options.components?.length)
        args.push("--component", options.components.join(","));
    if (options.targets?.length)
        args.push("--target", options.targets.join(","));
    return args;
}
async function rustup_installWithRustup(options) {
    const rustup = options.rustup ?? "rustup";
    const env = options.env ?? process.env;
    const args = rustupInstallArgs(options);
    const started = performance.now();
    options.logger?.info(`running ${rustup} ${args.join(" ")}`);
    // Streamed as it runs: a download over a slow network must not look like a hang.
    const log = (line) => options.logger?.info(line);
    const run = () => runProcess(rustup, args, {
        env,
        timeoutMs: options.timeoutMs ?? 30 * 60_000,
        onStdoutLine: log,
        onStderrLine: log,
    });
    const installed = await (options.logger?.untrusted ? options.logger.untrusted(run) : run());
    if (installed.startError !== undefined) {
        throw new rustup_RustupError(`could not start ${rustup}: ${installed.startError} (is rustup installed and on PATH?)`);
    }
    if (installed.exitCode !== 0) {
        throw new rustup_RustupError(`${rustup} ${args.join(" ")} ${failure(installed)}:\n${installed.output.trim()}`);
    }
    const sysroot = await runProcess(rustup, ["run", options.toolchain, "rustc", "--print", "sysroot"], {
        env,
        timeoutMs: 60_000,
    });
    if (sysroot.exitCode !== 0) {
        throw new rustup_RustupError(`rustup run ${options.toolchain} rustc --print sysroot ${failure(sysroot)}: ${lastLine(sysroot.output)}`);
    }
    return {
        dir: sysroot.stdout.trim(),
        args,
        durationMs: performance.now() - started,
        output: installed.output,
    };
}
/**
 * Makes `$RUSTUP_HOME/toolchains/<name>` point at an installed toolchain (a symlink; a junction on Windows) and
 * records rustup's update hash (first 20 hex digits of the manifest sha256), so that a later
 * `rustup toolchain install <toolchain>` is a one-request no-op instead of a reinstall.
 */
async function linkIntoRustupHome(options) {
    const p = pathApi(options.platform ?? process.platform);
    const toolchains = p.join(options.rustupHome, "toolchains");
    const link = p.join(toolchains, options.name);
    await mkdir(toolchains, { recursive: true });
    // Made under a temporary name and renamed over the old link: atomic, so concurrent links never hit EEXIST.
    const temp = `${link}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
    await symlink(path.resolve(options.dir), temp, (options.platform ?? process.platform) === "win32" ? "junction" : "dir");
    try {
        await rename(temp, link);
    }
    catch {
        // A real directory (or, on Windows, any existing junction) cannot be renamed over: remove it first.
        await rm(link, { recursive: true, force: true });
        await rename(temp, link).catch(async (error) => {
            await rm(temp, { force: true });
            throw error;
        });
    }
    if (options.manifestSha256) {
        const hashes = p.join(options.rustupHome, "update-hashes");
        await mkdir(hashes, { recursive: true });
        const file = p.join(hashes, options.name);
        const tempHash = `${file}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
        await writeFile(tempHash, options.manifestSha256.slice(0, 20));
        await rename(tempHash, file);
    }
    return link;
}

;// CONCATENATED MODULE: ../toolchain/src/install/index.ts
// Installing a Rust toolchain: from a dist server without rustup (verified, atomic, cached), or through rustup.










;// CONCATENATED MODULE: ../toolchain/src/probe/find-tool.ts



/**
 * POSIX: a regular file (after symlinks) with execute permission for us. Windows has no execute
 * bit; whether a file runs is decided by its extension (PATHEXT), which the lookup checks.
 */
function defaultProbe(platform) {
    return {
        async isExecutableFile(path) {
            try {
                if (!(await (0,promises_.stat)(path)).isFile())
                    return false;
                if (platform !== "win32")
                    await (0,promises_.access)(path, external_node_fs_.constants.X_OK);
                return true;
            }
            catch {
                return false;
            }
        },
    };
}
/** Environment lookup; Windows variable names are case-insensitive (Path vs PATH). */
function envValue(env, name, platform) {
    if (platform !== "win32")
        return env[name];
    const key = Object.keys(env).find((k) => k.toUpperCase() === name.toUpperCase());
    return key === undefined ? undefined : env[key];
}
function find_tool_pathApi(platform) {
    return platform === "win32" ? external_node_path_.win32 : external_node_path_.posix;
}
function pathExtensions(ctx) {
    const raw = envValue(ctx.env, "PATHEXT", ctx.platform) ?? ".COM;.EXE;.BAT;.CMD";
    return raw
        .split(";")
        .map((e) => e.trim().toLowerCase())
        .filter((e) => e.startsWith("."));
}
/** File names a command may have: `cargo` on POSIX; `cargo.exe`, `cargo.cmd`, … on Windows. */
function fileNames(name, ctx) {
    if (ctx.platform !== "win32")
        return [name];
    return pathExtensions(ctx).map((ext) => name + ext);
}
/** Whether an explicitly named file runs: on Windows it also needs a PATHEXT extension. */
async function runnable(path, ctx) {
    const probe = ctx.probe ?? defaultProbe(ctx.platform);
    if (ctx.platform === "win32") {
        const ext = external_node_path_.win32.extname(path).toLowerCase();
        if (ext === "" || !pathExtensions(ctx).includes(ext)) {
            // `CARGO=C:\x\cargo` is commonly written without .exe: try the PATHEXT names too.
            for (const candidate of fileNames(path, ctx))
                if (await probe.isExecutableFile(candidate))
                    return candidate;
            return undefined;
        }
    }
    return (await probe.isExecutableFile(path)) ? path : undefined;
}
/** `$CARGO_HOME`, defaulting like rustup and CPython's configure to `~/.cargo`. */
function cargoHome(ctx) {
    const explicit = envValue(ctx.env, "CARGO_HOME", ctx.platform);
    if (explicit)
        return explicit;
    const home = envValue(ctx.env, ctx.platform === "win32" ? "USERPROFILE" : "HOME", ctx.platform);
    return home ? find_tool_pathApi(ctx.platform).join(home, ".cargo") : undefined;
}
/** Directories of PATH in order; empty entries (POSIX "current directory") are skipped on purpose. */
function pathDirectories(ctx) {
    const raw = envValue(ctx.env, "PATH", ctx.platform) ?? "";
    return raw.split(ctx.platform === "win32" ? ";" : ":").filter((d) => d.trim() !== "");
}
/** The first runnable `name` in `dir`, if any. */
async function findInDirectory(dir, name, ctx) {
    const probe = ctx.probe ?? defaultProbe(ctx.platform);
    for (const file of fileNames(name, ctx)) {
        const candidate = find_tool_pathApi(ctx.platform).join(dir, file);
        if (await probe.isExecutableFile(candidate))
            return candidate;
    }
    return undefined;
}
/**
 * Finds cargo or rustc the way a build would reach it, never trusting a name without checking
 * the file: the explicit variable (`CARGO` / `RUSTC`), then `$CARGO_HOME/bin` (where CPython's
 * Makefile calls `$(CARGO_HOME)/bin/cargo`), then PATH.
 */
async function findRustTool(tool, ctx) {
    const notes = [];
    const variable = tool.toUpperCase();
    const explicit = envValue(ctx.env, variable, ctx.platform);
    if (explicit) {
        const path = await runnable(explicit, ctx);
        if (path)
            return { path, source: `${variable} env`, notes };
        notes.push(`${variable}=${explicit} is not an executable file`);
    }
    const home = cargoHome(ctx);
    if (home) {
        const dir = find_tool_pathApi(ctx.platform).join(home, "bin");
        const path = await findInDirectory(dir, tool, ctx);
        if (path)
            return { path, source: "$CARGO_HOME/bin", notes };
        notes.push(`no ${tool} in ${dir}`);
    }
    for (const dir of pathDirectories(ctx)) {
        const path = await findInDirectory(dir, tool, ctx);
        if (path)
            return { path, source: "PATH", notes };
    }
    notes.push(`no ${tool} on PATH`);
    return { notes };
}

;// CONCATENATED MODULE: ../toolchain/src/probe/detect.ts




/**
 * Targets with a standard library in a sysroot: each `lib/rustlib/<target>/lib` directory
 * (other entries there — `etc`, `src`, rustup's manifests — are not targets).
 */
async function installedTargets(sysroot) {
    const rustlib = (0,external_node_path_.join)(sysroot, "lib", "rustlib");
    let entries;
    try {
        entries = await (0,promises_.readdir)(rustlib);
    }
    catch {
        return [];
    }
    const targets = [];
    for (const entry of entries.sort()) {
        try {
            if ((await (0,promises_.stat)((0,external_node_path_.join)(rustlib, entry, "lib"))).isDirectory())
                targets.push(entry);
        }
        catch {
            // not a target directory
        }
    }
    return targets;
}
/**
 * Detects a usable Rust toolchain: cargo and rustc found as real executables (see findRustTool)
 * and `rustc -vV` answering. Nothing is trusted by name alone: a `cargo` that is not an
 * executable file, or a `rustc` that does not answer like rustc, leaves `available` false with
 * the reason in `problem`.
 */
async function detectRust(options) {
    const [cargo, rustc] = await Promise.all([findRustTool("cargo", options), findRustTool("rustc", options)]);
    const facts = {
        available: false,
        cargo: cargo.path ? { path: cargo.path, source: cargo.source } : {},
        rustc: rustc.path ? { path: rustc.path, source: rustc.source } : {},
    };
    const missing = [];
    // The notes say what was tried ("no cargo in /home/u/.cargo/bin", "no cargo on PATH").
    if (!cargo.path)
        missing.push(...cargo.notes);
    if (!rustc.path)
        missing.push(...rustc.notes);
    if (!rustc.path) {
        facts.problem = missing.join("; ");
        return facts;
    }
    const probe = await rustc_probeRustc(rustc.path, {
        env: options.env,
        sysroot: true,
        ...(options.cwd !== undefined && { cwd: options.cwd }),
        ...(options.run !== undefined && { run: options.run }),
        ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    });
    if (!probe.ok) {
        missing.push(probe.problem);
        facts.problem = missing.join("; ");
        return facts;
    }
    facts.release = probe.rustc.release;
    facts.host = probe.rustc.host;
    if (probe.rustc.commitHash)
        facts.commitHash = probe.rustc.commitHash;
    if (probe.sysroot !== undefined) {
        facts.sysroot = probe.sysroot;
        facts.installedTargets = await installedTargets(probe.sysroot);
    }
    if (missing.length > 0)
        facts.problem = missing.join("; ");
    facts.available = missing.length === 0;
    return facts;
}

;// CONCATENATED MODULE: ../toolchain/src/probe/index.ts
// What a Rust toolchain on this machine is: found the way a build finds it, and asked, never trusted by name.




;// CONCATENATED MODULE: ../toolchain/src/resolve/errors.ts

/**
 * A toolchain could not be resolved, or a resolved one breaks a rule (pinning, MSRV).
 * `rustupMessage` is the text rustup itself prints after `error: ` for the same situation (where rustup
 * has one), so users can search for it; `help` says how to fix it. `message` joins the two.
 */
class ToolchainResolutionError extends src/* UserError */.yo {
    name = "ToolchainResolutionError";
    code;
    rustupMessage;
    help;
    file;
    constructor(code, rustupMessage, options = {}) {
        super(options.help ? `${rustupMessage}\nhelp: ${options.help}` : rustupMessage);
        this.code = code;
        this.rustupMessage = rustupMessage;
        this.help = options.help;
        this.file = options.file;
    }
}

;// CONCATENATED MODULE: ../toolchain/src/resolve/fs.ts

const fs_nodeResolveFs = {
    async readFile(path) {
        try {
            return await (0,promises_.readFile)(path);
        }
        catch {
            return undefined;
        }
    },
    async isDirectory(path) {
        try {
            return (await (0,promises_.stat)(path)).isDirectory();
        }
        catch {
            return false;
        }
    },
};
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
/**
 * Read a file as UTF-8 text the way rustup's `read_to_string` does: a file that is not valid UTF-8
 * counts as unreadable (`undefined`), and a byte-order mark is kept.
 */
async function readUtf8(fs, path) {
    const bytes = await fs.readFile(path);
    if (bytes === undefined)
        return undefined;
    try {
        return utf8.decode(bytes);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ../toolchain/src/resolve/host.ts
// The machine's Rust host triple: from `rustc -vV` when a working rustc is on PATH, otherwise from
// Node's platform/arch, mapped to the triple rustup-init would pick.



const LINUX_ARCH = {
    x64: "x86_64",
    arm64: "aarch64",
    ia32: "i686",
    riscv64: "riscv64gc",
    s390x: "s390x",
    loong64: "loongarch64",
    // Node only ships little-endian ppc64 builds for Linux.
    ppc64: "powerpc64le",
};
/** Map Node's `process.platform` / `process.arch` to a Rust triple; `undefined` when unknown. */
function hostFromPlatform(info) {
    const { platform, arch } = info;
    switch (platform) {
        case "linux": {
            if (arch === "arm")
                return info.musl ? "armv7-unknown-linux-musleabihf" : "armv7-unknown-linux-gnueabihf";
            const rustArch = LINUX_ARCH[arch];
            if (!rustArch)
                return undefined;
            if (info.musl && (rustArch === "x86_64" || rustArch === "aarch64" || rustArch === "i686")) {
                return `${rustArch}-unknown-linux-musl`;
            }
            return `${rustArch}-unknown-linux-gnu`;
        }
        case "darwin":
            return arch === "arm64" ? "aarch64-apple-darwin" : arch === "x64" ? "x86_64-apple-darwin" : undefined;
        case "win32":
            return { x64: "x86_64", arm64: "aarch64", ia32: "i686" }[arch]?.concat("-pc-windows-msvc");
        case "freebsd":
        case "netbsd":
        case "openbsd":
            return arch === "x64"
                ? `x86_64-unknown-${platform}`
                : arch === "arm64"
                    ? `aarch64-unknown-${platform}`
                    : undefined;
        case "sunos":
            return arch === "x64" ? "x86_64-unknown-illumos" : undefined;
        case "android":
            return arch === "arm64" ? "aarch64-linux-android" : arch === "x64" ? "x86_64-linux-android" : undefined;
        default:
            return undefined;
    }
}
function isMusl() {
    if (process.platform !== "linux")
        return false;
    const report = process.report?.getReport();
    return report?.header?.glibcVersionRuntime === undefined;
}
class HostDetectionError extends src/* UserError */.yo {
}
async function detectHost(options = {}) {
    const rustc = options.rustc ?? "rustc";
    if (rustc !== false) {
        // Outside the workspace with auto-install off: a rustup proxy must not download the toolchain
        // named by the project's rust-toolchain.toml just to tell us the host.
        const probe = await rustc_probeRustc(rustc, {
            env: { ...process.env, RUSTUP_AUTO_INSTALL: "0" },
            cwd: (0,external_node_os_namespaceObject.tmpdir)(),
            timeoutMs: 15_000,
        });
        if (probe.ok)
            return { host: probe.rustc.host, from: "rustc" };
    }
    const info = options.platform ?? { platform: process.platform, arch: process.arch, musl: isMusl() };
    const host = hostFromPlatform(info);
    if (!host) {
        throw new HostDetectionError(`cannot tell the Rust host triple for platform ${info.platform}/${info.arch}; pass it explicitly (--host <triple>)`);
    }
    return { host, from: "platform" };
}

;// CONCATENATED MODULE: ../toolchain/src/resolve/path-flavor.ts
function path_flavor_currentPathFlavor() {
    return process.platform === "win32" ? "win32" : "posix";
}
/**
 * Rust's `Path::is_absolute`. On Windows it needs a prefix *and* a root (`C:\x`, `\\server\share`,
 * `\\?\C:\x`); `\x` and `C:x` are relative there, unlike Node's `path.win32.isAbsolute`.
 */
function isAbsolutePath(path, flavor) {
    if (flavor === "posix")
        return path.startsWith("/");
    return /^[A-Za-z]:[\\/]/.test(path) || /^[\\/]{2}[^\\/]/.test(path);
}

;// CONCATENATED MODULE: ../toolchain/src/resolve/toolchain-file.ts
// Finding the toolchain file that applies to a directory, exactly like rustup's
// `find_override_from_dir_walk` (src/config.rs), minus the `rustup override set` database, which a
// fresh CI machine does not have.


function toolchain_file_pathApi(flavor) {
    return flavor === "win32" ? (external_node_path_default()).win32 : (external_node_path_default()).posix;
}
/**
 * Walk from `directory` up to the root; the first directory holding a readable `rust-toolchain` or
 * `rust-toolchain.toml` wins, and is final even if its file turns out to be invalid. In one directory
 * `rust-toolchain` beats `rust-toolchain.toml`, which is then not even read as TOML. A file that
 * cannot be read as UTF-8 text (a directory, invalid bytes) counts as absent, as in rustup.
 */
async function findToolchainFile(directory, fs, flavor) {
    const p = toolchain_file_pathApi(flavor);
    let dir = p.resolve(directory);
    for (;;) {
        const legacyPath = p.join(dir, "rust-toolchain");
        const tomlPath = p.join(dir, "rust-toolchain.toml");
        const [legacy, toml] = await Promise.all([readUtf8(fs, legacyPath), readUtf8(fs, tomlPath)]);
        if (legacy !== undefined && toml !== undefined) {
            return {
                file: legacyPath,
                contents: legacy,
                mode: "Both",
                warning: `both ${legacyPath} and ${tomlPath} exist; using contents of ${legacyPath}`,
            };
        }
        if (legacy !== undefined)
            return { file: legacyPath, contents: legacy, mode: "Both" };
        if (toml !== undefined)
            return { file: tomlPath, contents: toml, mode: "OnlyToml" };
        const parent = p.dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}

;// CONCATENATED MODULE: ../toolchain/src/resolve/msrv.ts
// The project's minimum supported Rust version (Cargo's `rust-version`) and whether a resolved
// toolchain meets it, decided before anything is downloaded.





// Cargo accepts `major.minor[.patch]` and nothing else (no pre-release, no operators).
const RUST_VERSION_RE = /^(0|[1-9]\d*)\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?$/;
const isTable = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
async function readManifest(file, fs) {
    const text = await readUtf8(fs, file);
    if (text === undefined)
        return undefined;
    try {
        return parse_parse(text.startsWith("\ufeff") ? text.slice(1) : text);
    }
    catch (error) {
        throw new ToolchainResolutionError("invalid-msrv", `could not parse ${file}: ${error.message.split("\n")[0]}`, { file, help: "fix the TOML syntax of Cargo.toml (cargo would reject it too)" });
    }
}
function checked(version, file, key) {
    if (typeof version !== "string" || !RUST_VERSION_RE.test(version)) {
        throw new ToolchainResolutionError("invalid-msrv", `invalid ${key} ${JSON.stringify(version)} in ${file}`, { file, help: `write ${key.split(".").pop()} = "1.85" (major.minor or major.minor.patch)` });
    }
    return { version, file, key };
}
async function workspaceRustVersion(memberDir, member, fs, flavor) {
    const p = toolchain_file_pathApi(flavor);
    const pkg = isTable(member["package"]) ? member["package"] : {};
    const candidates = [];
    // Cargo: an explicit `package.workspace` path names the root; otherwise the nearest ancestor with [workspace].
    if (typeof pkg["workspace"] === "string") {
        candidates.push(p.join(p.resolve(memberDir, pkg["workspace"]), "Cargo.toml"));
    }
    else {
        for (let dir = p.dirname(p.resolve(memberDir));; dir = p.dirname(dir)) {
            candidates.push(p.join(dir, "Cargo.toml"));
            if (p.dirname(dir) === dir)
                break;
        }
    }
    for (const file of candidates) {
        const manifest = await readManifest(file, fs);
        if (!manifest || !isTable(manifest["workspace"]))
            continue;
        const wsPkg = manifest["workspace"]["package"];
        const version = isTable(wsPkg) ? wsPkg["rust-version"] : undefined;
        return version === undefined ? undefined : checked(version, file, "workspace.package.rust-version");
    }
    return undefined;
}
/**
 * `rust-version` from `<directory>/Cargo.toml` (or the nearest one above with `walkUp`): `package.rust-version`, following
 * `rust-version.workspace = true` to the workspace root, or `workspace.package.rust-version` of a
 * virtual manifest. `undefined` when there is no Cargo.toml or no rust-version.
 */
async function readMsrv(directory, options = {}) {
    const fs = options.fs ?? fs_nodeResolveFs;
    const flavor = options.pathFlavor ?? path_flavor_currentPathFlavor();
    const p = toolchain_file_pathApi(flavor);
    let dir = p.resolve(directory);
    let file = p.join(dir, "Cargo.toml");
    let manifest = await readManifest(file, fs);
    while (!manifest && options.walkUp && p.dirname(dir) !== dir) {
        dir = p.dirname(dir);
        file = p.join(dir, "Cargo.toml");
        manifest = await readManifest(file, fs);
    }
    if (!manifest)
        return undefined;
    const pkg = manifest["package"];
    if (isTable(pkg) && pkg["rust-version"] !== undefined) {
        const value = pkg["rust-version"];
        if (isTable(value) && value["workspace"] === true) {
            if (isTable(manifest["workspace"])) {
                const wsPkg = manifest["workspace"]["package"];
                const version = isTable(wsPkg) ? wsPkg["rust-version"] : undefined;
                return version === undefined ? undefined : checked(version, file, "workspace.package.rust-version");
            }
            return workspaceRustVersion(dir, manifest, fs, flavor);
        }
        return checked(value, file, "package.rust-version");
    }
    if (!isTable(pkg) && isTable(manifest["workspace"])) {
        const wsPkg = manifest["workspace"]["package"];
        const version = isTable(wsPkg) ? wsPkg["rust-version"] : undefined;
        return version === undefined ? undefined : checked(version, file, "workspace.package.rust-version");
    }
    return undefined;
}
/**
 * `workspace.package.rust-version` of `<directory>/Cargo.toml`: the floor a workspace sets for
 * every member that inherits it. `undefined` when there is no such manifest or key.
 */
async function readWorkspaceMsrv(directory, options = {}) {
    const fs = options.fs ?? nodeResolveFs;
    const p = pathApi(options.pathFlavor ?? currentPathFlavor());
    const file = p.join(p.resolve(directory), "Cargo.toml");
    const manifest = await readManifest(file, fs);
    if (!manifest || !isTable(manifest["workspace"]))
        return undefined;
    const wsPkg = manifest["workspace"]["package"];
    const version = isTable(wsPkg) ? wsPkg["rust-version"] : undefined;
    return version === undefined ? undefined : checked(version, file, "workspace.package.rust-version");
}
function parts(version) {
    const m = /^(\d+)\.(\d+)(?:\.(\d+))?$/.exec(version);
    return m ? [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])] : undefined;
}
/**
 * Compare a resolved toolchain with the MSRV. Only numeric channels can be judged before install:
 * `1.85.0` and `1.85.0-beta.2` by their release (a beta counts as its release, like cargo does),
 * `1.85` as "some 1.85.x". Floating names and paths give `unknown` with a note.
 */
function msrv_checkMsrv(resolved, msrv) {
    const m = typeof msrv === "string" ? checked(msrv, "the msrv setting", "package.rust-version") : msrv;
    const where = typeof msrv === "string" ? "" : ` (${m.key} in ${m.file})`;
    const wanted = parts(m.version);
    const channelVersion = /^(\d+\.\d+(?:\.\d+)?)(?:-beta(?:\.\d+)?)?$/.exec(resolved.channel)?.[1];
    const have = channelVersion === undefined ? undefined : parts(channelVersion);
    if (resolved.kind === "path" || !have) {
        return {
            status: "unknown",
            message: `MSRV ${m.version}${where} cannot be checked against '${resolved.toolchain}' before it is installed; compare with \`rustc --version\` afterwards`,
        };
    }
    const [wMaj, wMin, wPatch = 0] = wanted;
    const [hMaj, hMin, hPatch] = have;
    const cmp = hMaj !== wMaj ? hMaj - wMaj : hMin - wMin;
    if (cmp === 0 && hPatch === undefined && wPatch > 0) {
        return {
            status: "unknown",
            message: `'${resolved.toolchain}' follows the newest ${hMaj}.${hMin}.x, which meets MSRV ${m.version}${where} only if ${hMaj}.${hMin}.${wPatch} or later has been released`,
        };
    }
    const below = cmp < 0 || (cmp === 0 && (hPatch ?? 0) < wPatch);
    if (!below) {
        return { status: "satisfied", message: `'${resolved.toolchain}' meets MSRV ${m.version}${where}` };
    }
    const error = new ToolchainResolutionError("below-msrv", `toolchain '${resolved.toolchain}' (Rust ${channelVersion}) is older than the project's MSRV ${m.version}${where}`, {
        help: `use Rust ${m.version} or newer, or lower rust-version if the project really builds with ${channelVersion}`,
        ...(typeof msrv !== "string" && { file: m.file }),
    });
    return { status: "violated", message: error.rustupMessage, error };
}

;// CONCATENATED MODULE: ../toolchain/src/resolve/override-file.ts
// Port of rustup's `Cfg::parse_override_file` (src/config.rs): the legacy one-line `rust-toolchain`
// and the TOML form, with the exact line counting, trimming and type rules rustup applies.



/** Rust's `str::lines().count()`: split on `\n`, a trailing `\n` does not start another line. */
function rustLinesCount(text) {
    if (text === "")
        return 0;
    let count = 0;
    for (const ch of text)
        if (ch === "\n")
            count++;
    return text.endsWith("\n") ? count : count + 1;
}
// Unicode White_Space, which is what Rust's `str::trim` removes. Unlike JS `trim()` it keeps U+FEFF
// (so a BOM survives into the channel name) and removes U+0085.
const RUST_WS = "\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const RUST_TRIM_RE = new RegExp(`^[${RUST_WS}]+|[${RUST_WS}]+$`, "g");
function rustTrim(text) {
    return text.replace(RUST_TRIM_RE, "");
}
function parseError(file, detail) {
    return new ToolchainResolutionError("file-parse", `could not parse override file: '${file}': error parsing override file: ${detail}`, {
        file,
        help: 'fix the TOML syntax; the file needs a [toolchain] table, e.g. [toolchain] channel = "1.85.0"',
    });
}
function describeValue(value) {
    if (typeof value === "string")
        return `string ${JSON.stringify(value)}`;
    if (typeof value === "number" || typeof value === "bigint") {
        return Number.isInteger(value) || typeof value === "bigint"
            ? `integer \`${value}\``
            : `floating point \`${value}\``;
    }
    if (typeof value === "boolean")
        return `boolean \`${value}\``;
    if (Array.isArray(value))
        return "sequence";
    if (value instanceof Date)
        return "datetime";
    return "map";
}
function override_file_isTable(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
const FIELDS = ["channel", "path", "components", "targets", "profile"];
function checkField(field, value, file) {
    const wantsList = field === "components" || field === "targets";
    if (!wantsList) {
        if (typeof value !== "string")
            throw parseError(file, `invalid type: ${describeValue(value)}, expected a string`);
        return value;
    }
    if (!Array.isArray(value))
        throw parseError(file, `invalid type: ${describeValue(value)}, expected a sequence`);
    for (const item of value) {
        if (typeof item !== "string") {
            throw parseError(file, `invalid type: ${describeValue(item)}, expected a string (in ${field})`);
        }
    }
    return value;
}
/** serde's view of `toolchain`: a table (unknown keys ignored) or, oddly, a 5-element positional array. */
function toSection(raw, file) {
    const section = {};
    const set = (field, value) => {
        const checked = checkField(field, value, file);
        section[field] = checked;
    };
    if (Array.isArray(raw)) {
        // serde derives a sequence visitor for structs; rustup's toml crate accepts it only with every field.
        if (raw.length !== FIELDS.length) {
            throw parseError(file, `invalid length ${raw.length}, expected struct ToolchainSection with 5 elements`);
        }
        for (const [i, field] of FIELDS.entries())
            set(field, raw[i]);
        return section;
    }
    if (!override_file_isTable(raw)) {
        throw parseError(file, `invalid type: ${describeValue(raw)}, expected struct ToolchainSection`);
    }
    for (const field of FIELDS)
        if (Object.hasOwn(raw, field))
            set(field, raw[field]);
    return section;
}
function parseTomlText(contents, file) {
    // The Rust toml crate skips a leading byte-order mark; smol-toml does not.
    const text = contents.startsWith("\ufeff") ? contents.slice(1) : contents;
    try {
        return parse_parse(text);
    }
    catch (error) {
        if (error instanceof error_TomlError) {
            const reason = error.message.split("\n")[0] ?? error.message;
            throw parseError(file, `TOML parse error at line ${error.line}, column ${error.column}\n${reason}`);
        }
        throw error;
    }
}
/**
 * Parse the contents of `rust-toolchain` / `rust-toolchain.toml`. `file` is only used in messages;
 * `pathFlavor` decides whether a one-line legacy file holds an absolute path.
 */
function parseOverrideFile(contents, mode, file, pathFlavor) {
    const empty = () => new ToolchainResolutionError("file-empty", `could not parse override file: '${file}': empty toolchain override file detected. Please remove it, or else specify the desired toolchain properties in the file`, { file, help: `write a toolchain such as 1.85.0 into ${file}, or delete the file` });
    const lines = rustLinesCount(contents);
    if (lines === 0)
        throw empty();
    if (lines === 1 && mode === "Both") {
        const channel = rustTrim(contents);
        if (channel === "")
            throw empty();
        return isAbsolutePath(channel, pathFlavor) ? { path: channel } : { channel };
    }
    const doc = parseTomlText(contents, file);
    if (!Object.hasOwn(doc, "toolchain"))
        throw parseError(file, "missing field `toolchain`");
    const section = toSection(doc["toolchain"], file);
    // A profile alone does not count: rustup's `is_empty` ignores it.
    if (section.channel === undefined &&
        section.path === undefined &&
        section.components === undefined &&
        section.targets === undefined) {
        throw new ToolchainResolutionError("file-missing-properties", `could not parse override file: '${file}': missing toolchain properties in toolchain override file`, { file, help: 'set channel (e.g. channel = "1.85.0"), components or targets under [toolchain]' });
    }
    return section;
}

;// CONCATENATED MODULE: ../toolchain/src/resolve/pinning.ts

function describeSource(resolved) {
    const names = {
        input: "the toolchain input",
        RUSTUP_TOOLCHAIN: "RUSTUP_TOOLCHAIN",
        "toolchain-file": resolved.file ?? "the toolchain file",
        default: "the fallback (nothing was specified)",
    };
    return names[resolved.source];
}
function pinSuggestion(channel) {
    if (channel === "nightly" || channel === "beta")
        return `a dated ${channel} such as '${channel}-2025-02-20'`;
    const version = /^(\d+\.\d+)(?:\.(\d+))?(-beta)?/.exec(channel);
    if (version?.[3])
        return `a numbered beta such as '${version[1]}.${version[2] ?? "0"}-beta.1'`;
    if (version)
        return `a patch release such as '${version[1]}.0'`;
    return "an exact release such as '1.85.0'";
}
/**
 * For `require-pinned`: an error when the toolchain follows new releases (stable, beta, undated
 * nightly, `1.85`, `1.85.0-beta`), `undefined` when it is pinned. Path toolchains count as pinned:
 * they are used as they are, nothing is downloaded.
 */
function checkPinned(resolved) {
    if (resolved.kind === "path" || !resolved.floating)
        return undefined;
    return new ToolchainResolutionError("not-pinned", `toolchain '${resolved.toolchain}' from ${describeSource(resolved)} is not pinned: '${resolved.channel}' moves to each new release`, {
        help: `pin ${pinSuggestion(resolved.channel)} (in rust-toolchain.toml or the toolchain input), or turn off require-pinned`,
        ...(resolved.file !== undefined && { file: resolved.file }),
    });
}

;// CONCATENATED MODULE: ../toolchain/src/resolve/profile.ts

// rustup's `Profile::from_str`: case-sensitive, with one-letter aliases and "" for default.
const PROFILE_ALIASES = {
    minimal: "minimal",
    m: "minimal",
    default: "default",
    d: "default",
    "": "default",
    complete: "complete",
    c: "complete",
};
function parseProfile(text, where) {
    const profile = Object.hasOwn(PROFILE_ALIASES, text) ? PROFILE_ALIASES[text] : undefined;
    if (profile)
        return profile;
    throw new ToolchainResolutionError("unknown-profile", `unknown profile name: '${text}'; valid profile names are: minimal, default, complete`, { help: `set ${where ?? "the profile"} to minimal, default or complete (lower case)` });
}

;// CONCATENATED MODULE: ../toolchain/src/resolve/target-tuple.ts
// rustup splits a target part of a toolchain name into arch / os / env with one regex built from
// generated lists (rustup src/dist/target_tuple/known.rs, alphabetical). Anything outside these
// lists makes the whole name a *custom* toolchain name, so the lists must match rustup's exactly.
const KNOWN_ARCHS = [
    "aarch64",
    "aarch64_be",
    "aarch64v8r",
    "amdgcn",
    "arm",
    "arm64_32",
    "arm64e",
    "arm64ec",
    "armeb",
    "armebv7r",
    "armv4t",
    "armv5te",
    "armv6",
    "armv6k",
    "armv7",
    "armv7a",
    "armv7k",
    "armv7r",
    "armv7s",
    "armv8r",
    "avr",
    "bpfeb",
    "bpfel",
    "csky",
    "hexagon",
    "i386",
    "i586",
    "i686",
    "loongarch32",
    "loongarch64",
    "m68k",
    "mips",
    "mips64",
    "mips64el",
    "mipsel",
    "mipsisa32r6",
    "mipsisa32r6el",
    "mipsisa64r6",
    "mipsisa64r6el",
    "msp430",
    "nvptx64",
    "powerpc",
    "powerpc64",
    "powerpc64le",
    "riscv32",
    "riscv32e",
    "riscv32em",
    "riscv32emc",
    "riscv32gc",
    "riscv32i",
    "riscv32im",
    "riscv32ima",
    "riscv32imac",
    "riscv32imafc",
    "riscv32imc",
    "riscv32imfc",
    "riscv64",
    "riscv64a23",
    "riscv64gc",
    "riscv64im",
    "riscv64imac",
    "s390x",
    "sparc",
    "sparc64",
    "sparcv9",
    "thumbv4t",
    "thumbv5te",
    "thumbv6",
    "thumbv6m",
    "thumbv7a",
    "thumbv7em",
    "thumbv7m",
    "thumbv7neon",
    "thumbv7r",
    "thumbv8m.base",
    "thumbv8m.main",
    "thumbv8r",
    "wasm32",
    "wasm32v1",
    "wasm64",
    "x86_64",
    "x86_64h",
    "xtensa",
];
const KNOWN_OSES = [
    "amd-amdhsa",
    "apple-darwin",
    "apple-ios",
    "apple-tvos",
    "apple-visionos",
    "apple-watchos",
    "esp-espidf",
    "esp32-espidf",
    "esp32-none",
    "esp32s2-espidf",
    "esp32s2-none",
    "esp32s3-espidf",
    "esp32s3-none",
    "fortanix-unknown",
    "ibm-aix",
    "kmc-solid_asp3",
    "linux",
    "lynx-lynxos178",
    "mti-none",
    "nintendo-3ds",
    "nintendo-switch",
    "none",
    "nuttx-eabi",
    "nuttx-eabihf",
    "nvidia-cuda",
    "oe-linux",
    "openwrt-linux",
    "pc-cygwin",
    "pc-nto",
    "pc-qnx",
    "pc-solaris",
    "pc-windows",
    "risc0-zkvm",
    "rtems-eabihf",
    "sony-psp",
    "sony-psx",
    "sony-vita",
    "sun-solaris",
    "unikraft-linux",
    "unknown-dragonfly",
    "unknown-emscripten",
    "unknown-freebsd",
    "unknown-fuchsia",
    "unknown-haiku",
    "unknown-helenos",
    "unknown-hermit",
    "unknown-hurd",
    "unknown-illumos",
    "unknown-l4re",
    "unknown-linux",
    "unknown-managarm",
    "unknown-motor",
    "unknown-netbsd",
    "unknown-none",
    "unknown-nto",
    "unknown-nuttx",
    "unknown-openbsd",
    "unknown-qnx",
    "unknown-qurt",
    "unknown-redox",
    "unknown-teeos",
    "unknown-trusty",
    "unknown-uefi",
    "unknown-unknown",
    "unknown-xous",
    "uwp-windows",
    "vex-v5",
    "wali-linux",
    "wasip1",
    "wasip1-threads",
    "wasip2",
    "wasip3",
    "win7-windows",
    "wrs-vxworks",
];
const KNOWN_ENVS = [
    "android",
    "androideabi",
    "eabi",
    "eabihf",
    "elf",
    "freestanding",
    "gnu",
    "gnu_ilp32",
    "gnuabi64",
    "gnuabiv2",
    "gnuabiv2hf",
    "gnuasan",
    "gnueabi",
    "gnueabihf",
    "gnuelfv2",
    "gnullvm",
    "gnumsan",
    "gnuspe",
    "gnutsan",
    "gnux32",
    "macabi",
    "mlibc",
    "msvc",
    "musl",
    "muslabi64",
    "musleabi",
    "musleabihf",
    "muslspe",
    "newlibeabihf",
    "none",
    "ohos",
    "pauthtest",
    "qnx700",
    "qnx710",
    "qnx710_iosock",
    "sgx",
    "sim",
    "softfloat",
    "spe",
    "uclibc",
    "uclibceabi",
    "uclibceabihf",
];
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternatives = (list) => list.map(escapeRegExp).join("|");
// JS backtracking gives the same captures as Rust's leftmost-first `regex` crate for this pattern:
// alternation order is preserved and the pattern is anchored at both ends.
const TARGET_RE = new RegExp(`^(?:-(${alternatives(KNOWN_ARCHS)}))?(?:-(${alternatives(KNOWN_OSES)}))?(?:-(${alternatives(KNOWN_ENVS)}))?$`);
/** rustup's `PartialTargetTuple::new`: `undefined` when the text is not made of known parts. */
function parsePartialTargetTuple(text) {
    if (text === "")
        return {};
    const m = TARGET_RE.exec(`-${text}`);
    if (!m)
        return undefined;
    const tuple = {};
    if (m[1])
        tuple.arch = m[1];
    if (m[2])
        tuple.os = m[2];
    if (m[3])
        tuple.env = m[3];
    return tuple;
}
function hasTargetPart(tuple) {
    return tuple.arch !== undefined || tuple.os !== undefined || tuple.env !== undefined;
}

;// CONCATENATED MODULE: ../toolchain/src/resolve/toolchain-name.ts
// Toolchain names exactly as rustup reads them (src/dist/mod.rs `ParsedToolchainDesc`,
// src/toolchain/names.rs): `<channel>[-YYYY-MM-DD][-<target part>]`, or a custom name.


// Major: one digit; minor 0-999 and patch 0-99, no leading zeros; optional `-beta[.N]`.
const VERSION = String.raw `[0-9]{1}\.(?:0|[1-9][0-9]{0,2})(?:\.(?:0|[1-9][0-9]?))?(?:-beta(?:\.[0-9]{1,2})?)?`;
const CHANNEL_RE = new RegExp(`^(nightly|beta|stable|${VERSION})(?:-([0-9]{4}-[0-9]{2}-[0-9]{2}))?(?:-(.+))?$`);
/** rustup's `ParsedToolchainDesc` + `PartialTargetTuple`: `undefined` when the name is not official. */
function parsePartialToolchainDesc(name) {
    const m = CHANNEL_RE.exec(name);
    if (!m)
        return undefined;
    const rawChannel = m[1];
    // These releases have no v2 manifests and no point releases, so rustup spells them `1.x.0`.
    const channel = /^1\.[0-8]$/.test(rawChannel) ? `${rawChannel}.0` : rawChannel;
    const target = parsePartialTargetTuple(m[3] ?? "");
    if (!target)
        return undefined;
    const desc = { channel, target };
    if (m[2])
        desc.date = m[2];
    return desc;
}
/** rustup's `has_triple`: the name carries an arch, os or env part. */
function hasTargetPartInDesc(desc) {
    return hasTargetPart(desc.target);
}
/** rustup's common validation: no leading `+`, trailing `/` stripped, not empty. */
function normalizeToolchainName(candidate) {
    if (candidate.startsWith("+")) {
        throw new ToolchainResolutionError("invalid-name", `invalid toolchain name '${candidate}'; valid toolchain names do not start with '+'`, { help: "drop the leading '+' (that is cargo's command-line syntax, e.g. `cargo +nightly`)" });
    }
    const normalized = candidate.replace(/\/+$/, "");
    if (normalized === "") {
        throw new ToolchainResolutionError("invalid-name", `invalid toolchain name '${candidate}'`, {
            help: "name a toolchain such as 'stable', '1.85.0' or 'nightly-2025-02-20'",
        });
    }
    return normalized;
}
/** A custom name is anything that is not official, not `none`, and has no path separator. */
function isCustomToolchainName(name) {
    return (parsePartialToolchainDesc(name) === undefined &&
        name !== "none" &&
        !name.includes("/") &&
        !name.includes("\\"));
}
/** rustup's `ResolvableToolchainName::try_from`: official, custom, or an error for anything else. */
function classifyToolchainName(candidate) {
    let name;
    try {
        name = normalizeToolchainName(candidate);
    }
    catch (error) {
        return { kind: "invalid", error: error };
    }
    const desc = parsePartialToolchainDesc(name);
    if (desc)
        return { kind: "official", desc };
    if (isCustomToolchainName(name))
        return { kind: "custom", name };
    return {
        kind: "invalid",
        error: new ToolchainResolutionError("invalid-name", `invalid toolchain name '${name}'`, {
            help: "name a toolchain such as 'stable', '1.85.0' or 'nightly-2025-02-20'",
        }),
    };
}
/** rustup's `PartialToolchainDesc::resolve`: fill missing arch/os/env from the host triple. */
function resolveToolchainDesc(desc, host) {
    const h = parsePartialTargetTuple(host);
    if (!h) {
        throw new ToolchainResolutionError("invalid-host", `Provided host '${host}' couldn't be converted to partial triple`, { help: "pass a Rust target triple such as x86_64-unknown-linux-gnu as the host" });
    }
    if (h.arch === undefined) {
        throw new ToolchainResolutionError("invalid-host", `Provided host '${host}' did not specify a CPU architecture`);
    }
    if (h.os === undefined) {
        throw new ToolchainResolutionError("invalid-host", `Provided host '${host}' did not specify an operating system`);
    }
    // Once an OS is named, the host's env is not inherited: that is how a name can ask for no env at all.
    const env = desc.target.os !== undefined ? desc.target.env : (desc.target.env ?? h.env);
    const arch = desc.target.arch ?? h.arch;
    const os = desc.target.os ?? h.os;
    const resolved = {
        channel: desc.channel,
        triple: env ? `${arch}-${os}-${env}` : `${arch}-${os}`,
    };
    if (desc.date !== undefined)
        resolved.date = desc.date;
    return resolved;
}
/** The full name, `<channel>[-<date>]-<triple>`, as rustup prints it. */
function formatToolchainDesc(desc) {
    return `${desc.channel}${desc.date ? `-${desc.date}` : ""}-${desc.triple}`;
}
/** rustup's display of a partial name (used in its "target tuple in channel name" error). */
function formatPartialToolchainDesc(desc) {
    const parts = [desc.channel, desc.date, desc.target.arch, desc.target.os, desc.target.env];
    return parts.filter((p) => p !== undefined).join("-");
}
/**
 * rustup's `is_tracking`: the name follows new releases (no date, and a channel name, a version
 * without patch like `1.85`, or a bare `-beta` like `1.85.0-beta`).
 */
function isTrackingChannel(channel, date) {
    if (date !== undefined)
        return false;
    if (channel === "stable" || channel === "beta" || channel === "nightly")
        return true;
    const m = /^(\d+)\.(\d+)(\.\d+)?(?:-(beta(?:\.\d+)?))?$/.exec(channel);
    if (!m)
        return false;
    return m[3] === undefined || m[4] === "beta";
}

;// CONCATENATED MODULE: ../toolchain/src/resolve/path-toolchain.ts




/**
 * rustup's `PathBasedToolchainName::try_from`: a toolchain given as a directory must look like a path
 * (contain a separator, not be an official name), be absolute (a relative one would let any checked-out
 * repository run its own binaries) and have a `bin/` directory.
 */
async function validatePathToolchain(path, fs, flavor) {
    if (parsePartialToolchainDesc(path) !== undefined || !(path.includes("/") || path.includes("\\"))) {
        throw new ToolchainResolutionError("invalid-path-toolchain", `invalid path toolchain '${path}'`, {
            help: 'a path toolchain must be an absolute directory path; to name a release use channel = "…" instead',
        });
    }
    if (!isAbsolutePath(path, flavor)) {
        throw new ToolchainResolutionError("relative-path-toolchain", `relative path toolchain '${path}'`, {
            help: "rustup accepts only absolute toolchain paths (relative ones are not resolved against the file's directory)",
        });
    }
    if (!(await fs.isDirectory(toolchain_file_pathApi(flavor).join(path, "bin")))) {
        throw new ToolchainResolutionError("path-without-bin", `invalid toolchain: the path '${path}' has no bin/ directory`, { help: `point at a toolchain directory that contains bin/rustc, or install one there first` });
    }
    return path;
}

;// CONCATENATED MODULE: ../toolchain/src/resolve/resolve-toolchain.ts
// Which toolchain setup-rust must provide, decided with rustup's precedence:
// the `toolchain` input (rustup's `+toolchain`) > RUSTUP_TOOLCHAIN > the nearest toolchain file > stable.








const NAME_HELP = "use an official name such as 'stable', '1.85.0' or 'nightly-2025-02-20'";
function dedupe(lists) {
    return [...new Set(lists.flatMap((l) => l ?? []))];
}
function notInstalled(name, what) {
    return new ToolchainResolutionError("custom-toolchain", `override toolchain '${name}' is not installed: ${what} specifies an uninstalled toolchain`, {
        help: `'${name}' is not an official toolchain name, so it can only be a custom toolchain made with \`rustup toolchain link\`, which setup-rust cannot install; ${NAME_HELP}`,
    });
}
function fromInput(name) {
    const classified = classifyToolchainName(name);
    if (classified.kind === "invalid")
        throw classified.error;
    if (classified.kind === "custom")
        throw notInstalled(classified.name, "the toolchain input");
    return {
        desc: classified.desc,
        source: "input",
        reason: "overridden by the toolchain input",
        defaultChannel: false,
        warnings: [],
    };
}
async function fromEnv(value, fs, flavor) {
    const base = {
        source: "RUSTUP_TOOLCHAIN",
        reason: "overridden by environment variable RUSTUP_TOOLCHAIN",
        defaultChannel: false,
        warnings: [],
    };
    // RUSTUP_TOOLCHAIN may also hold an absolute toolchain path (rustup's ResolvableLocalToolchainName).
    const name = normalizeToolchainName(value);
    const classified = classifyToolchainName(name);
    if (classified.kind === "official")
        return { ...base, desc: classified.desc };
    if (classified.kind === "custom") {
        throw notInstalled(classified.name, "the RUSTUP_TOOLCHAIN environment variable");
    }
    return { ...base, path: await validatePathToolchain(name, fs, flavor) };
}
async function fromFile(found, fs, flavor) {
    const { file } = found;
    const section = parseOverrideFile(found.contents, found.mode, file, flavor);
    const draft = {
        source: "toolchain-file",
        reason: `overridden by '${file}'`,
        file,
        section,
        defaultChannel: false,
        warnings: found.warning ? [found.warning] : [],
    };
    if (section.channel !== undefined) {
        const classified = classifyToolchainName(section.channel);
        if (classified.kind === "invalid") {
            throw new ToolchainResolutionError("invalid-name-in-file", `invalid toolchain name detected in override file '${file}'`, { file, help: `${classified.error.rustupMessage}; ${NAME_HELP}` });
        }
        if (classified.kind === "custom") {
            throw new ToolchainResolutionError("custom-toolchain", `custom toolchain '${classified.name}' specified in override file '${file}' is not installed`, {
                file,
                help: `'${classified.name}' is not an official toolchain name (check spelling, spaces and a byte-order mark); ${NAME_HELP}`,
            });
        }
        // Toolchain files are shared between machines, so rustup refuses a target part unless that exact
        // toolchain is already installed, and on a fresh CI machine nothing is.
        if (hasTargetPartInDesc(classified.desc)) {
            const bare = formatPartialToolchainDesc({ ...classified.desc, target: {} });
            throw new ToolchainResolutionError("target-in-file-channel", `target tuple in channel name '${formatPartialToolchainDesc(classified.desc)}'`, { file, help: `write channel = "${bare}" and list other targets under targets = [...]` });
        }
        draft.desc = classified.desc;
    }
    if (section.channel !== undefined && section.path !== undefined) {
        throw new ToolchainResolutionError("channel-and-path", `cannot specify both channel (${section.channel}) and path (${section.path}) simultaneously`, { file, help: `remove either channel or path from ${file}` });
    }
    if (section.path !== undefined) {
        if (section.targets !== undefined || section.components !== undefined || section.profile !== undefined) {
            throw new ToolchainResolutionError("path-with-options", `toolchain options are ignored for path toolchain (${section.path})`, { file, help: `remove components, targets and profile from ${file}, or use channel instead of path` });
        }
        draft.path = await validatePathToolchain(section.path, fs, flavor);
        return draft;
    }
    if (section.channel === undefined) {
        draft.desc = { channel: "stable", target: {} };
        draft.defaultChannel = true;
        draft.warnings.push(`${file} sets no channel, so rustup would use its default toolchain; assuming stable. Add channel = "<version>" under [toolchain] to pin it`);
    }
    return draft;
}
/** Resolve the toolchain the way rustup would pick it, merged with the action's inputs. */
async function resolveToolchain(options) {
    const fs = options.fs ?? fs_nodeResolveFs;
    const flavor = options.pathFlavor ?? path_flavor_currentPathFlavor();
    const input = options.input ?? {};
    const envToolchain = options.env?.["RUSTUP_TOOLCHAIN"];
    let draft;
    if (input.toolchain !== undefined && input.toolchain !== "") {
        draft = fromInput(input.toolchain);
    }
    else if (envToolchain !== undefined && envToolchain !== "") {
        draft = await fromEnv(envToolchain, fs, flavor);
    }
    else {
        const found = await findToolchainFile(options.workingDirectory, fs, flavor);
        if (found) {
            draft = await fromFile(found, fs, flavor);
        }
        else {
            draft = {
                desc: { channel: "stable", target: {} },
                source: "default",
                reason: "no toolchain was specified; using stable",
                defaultChannel: true,
                warnings: [
                    `no toolchain is pinned: no toolchain input, no RUSTUP_TOOLCHAIN, and no rust-toolchain or rust-toolchain.toml in ${options.workingDirectory} or above; using stable, which changes with every Rust release. Add a rust-toolchain.toml with channel = "<version>" for reproducible builds`,
                ],
            };
        }
    }
    if (draft.source === "input" || draft.source === "RUSTUP_TOOLCHAIN") {
        const shadowed = await findToolchainFile(options.workingDirectory, fs, flavor);
        if (shadowed) {
            const by = draft.source === "input" ? "the toolchain input" : "RUSTUP_TOOLCHAIN";
            draft.warnings.push(`${shadowed.file} is ignored because ${by} takes precedence over toolchain files`);
        }
    }
    const section = draft.section ?? {};
    const components = dedupe([section.components, input.components]);
    const targets = dedupe([section.targets, input.targets]);
    if (draft.path !== undefined) {
        if (components.length > 0 ||
            targets.length > 0 ||
            (input.profile !== undefined && input.profile !== "")) {
            throw new ToolchainResolutionError("path-with-options", `toolchain options are ignored for path toolchain (${draft.path})`, { help: "a path toolchain is used as it is: drop the components, targets and profile inputs" });
        }
        return {
            kind: "path",
            toolchain: draft.path,
            channel: "",
            host: options.host,
            source: draft.source,
            ...(draft.file !== undefined && { file: draft.file }),
            reason: draft.reason,
            components: [],
            targets: [],
            profile: options.defaultProfile ?? "default",
            defaultChannel: false,
            floating: false,
            warnings: draft.warnings,
            path: draft.path,
        };
    }
    const desc = draft.desc;
    const resolved = resolveToolchainDesc(desc, options.host);
    // The file's profile is checked even when its channel is fine, as rustup does.
    const fileProfile = section.profile !== undefined
        ? parseProfile(section.profile, "profile in the toolchain file")
        : undefined;
    const inputProfile = input.profile !== undefined && input.profile !== ""
        ? parseProfile(input.profile, "the profile input")
        : undefined;
    if (hasTargetPartInDesc(desc) && resolved.triple !== options.host) {
        draft.warnings.push(`toolchain ${formatToolchainDesc(resolved)} is built for ${resolved.triple}, not for this machine (${options.host})`);
    }
    return {
        kind: "official",
        toolchain: formatToolchainDesc(resolved),
        channel: resolved.channel,
        ...(resolved.date !== undefined && { date: resolved.date }),
        host: resolved.triple,
        source: draft.source,
        ...(draft.file !== undefined && { file: draft.file }),
        reason: draft.reason,
        components,
        targets,
        profile: inputProfile ?? fileProfile ?? options.defaultProfile ?? "default",
        defaultChannel: draft.defaultChannel,
        floating: isTrackingChannel(resolved.channel, resolved.date),
        warnings: draft.warnings,
    };
}

;// CONCATENATED MODULE: ../toolchain/src/resolve/index.ts














;// CONCATENATED MODULE: ../toolchain/src/setup/cache.ts

/** Bump to invalidate every saved toolchain (layout change). */
const CACHE_VERSION = "1";
function cache_actionsCacheKey(cachekey, platform, arch) {
    return `oxidize-setup-rust-v${CACHE_VERSION}-${platform}-${arch}-${cachekey}`;
}
/**
 * Restores the toolchain directories saved by an earlier job. Every failure of the cache service is
 * a warning: the toolchain is then installed from the network, which is slower but correct.
 */
async function cache_restoreToolchain(backend, paths, key, log) {
    if (!(await backend.isFeatureAvailable())) {
        log.info("Actions cache: not available on this runner; skipping restore");
        return false;
    }
    try {
        const hit = await backend.restoreCache(paths, key);
        log.info(hit ? `Actions cache: restored ${key}` : `Actions cache: no entry for ${key}`);
        return hit !== undefined;
    }
    catch (error) {
        log.warning(`Actions cache: restore of ${key} failed, installing instead: ${errorMessage(error)}`);
        return false;
    }
}
async function cache_saveToolchain(backend, paths, key, log) {
    if (!(await backend.isFeatureAvailable()))
        return false;
    try {
        await backend.saveCache(paths, key);
        log.info(`Actions cache: saved ${key}`);
        return true;
    }
    catch (error) {
        // Another job of the same workflow saving the same key at the same time is normal.
        log.warning(`Actions cache: could not save ${key} (the next job installs again): ${errorMessage(error)}`);
        return false;
    }
}

;// CONCATENATED MODULE: ../toolchain/src/setup/dist-server.ts


function normalizeServer(server) {
    return server
        .trim()
        .replace(/\/+$/, "")
        .replace(/\/dist$/, "");
}
/**
 * The input wins; the input at its default value counts as "not set", so a runner-wide
 * RUSTUP_DIST_SERVER (a corporate mirror) applies without touching every workflow — rustup's own
 * rule. Trailing slashes and a trailing `/dist` are dropped as rustup does.
 */
function chooseDistServer(input, env) {
    const fromEnv = env["RUSTUP_DIST_SERVER"]?.trim();
    let server;
    let source;
    if (input !== undefined && normalizeServer(input) !== UPSTREAM_DIST_SERVER) {
        [server, source] = [input, "input"];
    }
    else if (fromEnv) {
        [server, source] = [fromEnv, "RUSTUP_DIST_SERVER"];
    }
    else {
        [server, source] = [UPSTREAM_DIST_SERVER, "default"];
    }
    let url;
    try {
        url = new URL(normalizeServer(server));
    }
    catch {
        const where = source === "input" ? "Input 'dist-server'" : "RUSTUP_DIST_SERVER";
        throw new UserError(`${where} must be an http(s) URL such as ${UPSTREAM_DIST_SERVER}; got '${server}'.`);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:" && url.protocol !== "file:") {
        throw new UserError(`dist server '${server}' must use https, http or file URLs.`);
    }
    return { distServer: normalizeServer(server), distServerSource: source };
}

;// CONCATENATED MODULE: ../toolchain/src/setup/environment.ts

function environment_toolHomes(env, home) {
    return {
        cargoHome: env["CARGO_HOME"] || (0,external_node_path_.join)(home, ".cargo"),
        rustupHome: env["RUSTUP_HOME"] || (0,external_node_path_.join)(home, ".rustup"),
    };
}
/**
 * Decides what later steps see. Rules, and why:
 * - CARGO_INCREMENTAL=0 and CARGO_TERM_COLOR=always only when unset: a user's value always wins,
 *   and RUSTFLAGS is never touched (it would override the project's .cargo/config.toml rustflags).
 * - CARGO_HOME and RUSTUP_HOME are always exported, so every later step — and build systems that
 *   call `$CARGO_HOME/bin/cargo`, like CPython's Makefile — agree on one location.
 * - rustup installer: RUSTUP_TOOLCHAIN is exported unless the toolchain file chose the toolchain.
 *   rustup ranks that variable above toolchain files, so an explicit choice cannot be silently
 *   replaced by a rust-toolchain.toml later; when the file chose, leaving it alone keeps rustup
 *   and the file in charge, exactly as on a developer's machine.
 * - dist installer: the toolchain's bin goes first on PATH. If `$CARGO_HOME/bin` has rustup
 *   proxies, they are pointed at the installed directory through RUSTUP_TOOLCHAIN (rustup accepts
 *   an absolute toolchain path there); otherwise shims in `$CARGO_HOME/bin` point into it.
 */
function environment_planEnvironment(request) {
    const { env, homes } = request;
    const exports = {};
    const notes = [];
    for (const [name, value] of [
        ["CARGO_INCREMENTAL", "0"],
        ["CARGO_TERM_COLOR", "always"],
    ]) {
        if (env[name] === undefined)
            exports[name] = value;
        else
            notes.push(`${name} is already set to '${env[name]}'; leaving it`);
    }
    exports["CARGO_HOME"] = homes.cargoHome;
    exports["RUSTUP_HOME"] = homes.rustupHome;
    const cargoBin = join(homes.cargoHome, "bin");
    if (request.installer === "rustup") {
        if (request.source === "toolchain-file") {
            notes.push("RUSTUP_TOOLCHAIN is not exported: the toolchain file chose the toolchain, so rustup keeps reading it");
        }
        else {
            exports["RUSTUP_TOOLCHAIN"] = request.toolchain;
            const why = request.source === "input"
                ? "the toolchain input"
                : request.source === "RUSTUP_TOOLCHAIN"
                    ? "RUSTUP_TOOLCHAIN"
                    : "the fallback to stable";
            notes.push(`RUSTUP_TOOLCHAIN=${request.toolchain} exported for later steps (from ${why}): rustup ranks it above rust-toolchain files, so no toolchain file can silently switch the toolchain`);
        }
        return { exports, paths: [cargoBin], shims: false, notes };
    }
    if (request.toolchainDir === undefined)
        throw new Error("dist installer: the toolchain directory is required");
    const paths = [cargoBin, join(request.toolchainDir, "bin")];
    if (request.rustupProxies) {
        exports["RUSTUP_TOOLCHAIN"] = request.toolchainDir;
        notes.push(`${cargoBin} holds rustup proxies; RUSTUP_TOOLCHAIN=${request.toolchainDir} makes them run the installed toolchain`);
        return { exports, paths, shims: false, notes };
    }
    notes.push(`${cargoBin} gets shims for the toolchain's tools, so $CARGO_HOME/bin/cargo is the installed cargo`);
    return { exports, paths, shims: true, notes };
}

;// CONCATENATED MODULE: ../toolchain/src/setup/install.ts










const INSTALLERS = ["auto", "rustup", "dist"];
/** The first runnable rustup on PATH, else in `$CARGO_HOME/bin` (where rustup-init puts it). */
async function findRustup(env, homes, platform) {
    const ctx = { env, platform };
    for (const dir of [...pathDirectories(ctx), (0,external_node_path_.join)(homes.cargoHome, "bin")]) {
        const found = await findInDirectory(dir, "rustup", ctx);
        if (found)
            return found;
    }
    return undefined;
}
/**
 * `auto` means rustup when it is installed (it then keeps managing the toolchain), else the dist installer; but
 * only the dist installer checks manifest signatures, so `verify-signature: always` makes `auto` pick it and
 * cannot be combined with `installer: rustup`.
 */
async function install_chooseInstaller(choice, env, homes, platform = process.platform, verifySignature = "auto") {
    if (choice === "rustup" && verifySignature === "always") {
        throw new src/* UserError */.yo("Inputs 'installer: rustup' and 'verify-signature: always' conflict: rustup does not check manifest signatures; use installer: dist (or auto), or verify-signature: auto");
    }
    if (choice === "dist" || verifySignature === "always")
        return { kind: "dist" };
    const rustup = await findRustup(env, homes, platform);
    if (rustup)
        return { kind: "rustup", rustup };
    if (choice === "rustup") {
        throw new src/* UserError */.yo("Input 'installer' is 'rustup' but no rustup was found on PATH or in $CARGO_HOME/bin; install rustup first or use installer: dist");
    }
    return { kind: "dist" };
}
/** The toolchain name without its host: what the dist server and the cache key are indexed by. */
function channelName(resolved) {
    return resolved.date ? `${resolved.channel}-${resolved.date}` : resolved.channel;
}
function keyFor(resolved) {
    return cacheKey({
        toolchain: channelName(resolved),
        host: resolved.host,
        profile: resolved.profile,
        components: resolved.components,
        targets: resolved.targets,
    });
}
/**
 * The release key the dist installer checks manifest signatures with: shipped next to the bundle
 * (`dist/keys/`) or in the toolchain package during development; undefined lets the installer
 * decide (warn in `auto`, fail in `always`).
 */
function bundledReleaseKey() {
    const candidates = [join(import.meta.dirname, "keys", "rust-release-key.asc"), DEFAULT_RELEASE_KEY_PATH];
    const found = candidates.find((file) => existsSync(file));
    return found === undefined ? undefined : readFileSync(found, "utf8");
}
async function setup_install_installToolchain(request) {
    const { resolved, homes } = request;
    const rustupProxies = existsSync(join(homes.cargoHome, "bin", process.platform === "win32" ? "rustup.exe" : "rustup"));
    if (resolved.kind === "path") {
        request.log.info(`${resolved.toolchain} is a path toolchain: nothing to install`);
        return {
            toolchainDir: resolved.toolchain,
            cacheHit: true,
            cacheSource: "tool-cache",
            cachekey: "",
            timings: {},
            rustupProxies,
            extraPaths: [],
        };
    }
    return request.installer.kind === "rustup"
        ? installRustup(request, rustupProxies)
        : installDist(request, rustupProxies);
}
async function installDist(request, rustupProxies) {
    const { resolved } = request;
    const toolCacheDir = join(request.toolCache, "rust");
    const key = keyFor(resolved);
    // Only exact pins have a key before any network request; floating channels are keyed by the
    // manifest's date, which only the install itself learns.
    const cacheable = request.cache !== undefined && isImmutableToolchain(channelName(resolved));
    const cachePaths = [join(toolCacheDir, key), join(toolCacheDir, `${key}.complete`)];
    const remoteKey = actionsCacheKey(key, process.platform, process.arch);
    let restored = false;
    if (cacheable && !existsSync(join(toolCacheDir, `${key}.complete`))) {
        restored = await restoreToolchain(request.cache, cachePaths, remoteKey, request.log);
    }
    else if (request.cache !== undefined && !cacheable) {
        request.log.info("Actions cache: used for pinned toolchains only; this channel moves with new releases");
    }
    const releaseKey = bundledReleaseKey();
    const result = await installFromDist({
        toolchain: channelName(resolved),
        host: resolved.host,
        profile: resolved.profile,
        components: resolved.components,
        targets: resolved.targets,
        distServer: request.distServer,
        toolCacheDir,
        verifySignature: request.verifySignature,
        ...(releaseKey !== undefined && { releaseKey }),
        logger: request.log,
    });
    if (cacheable && !result.cacheHit) {
        await saveToolchain(request.cache, cachePaths, remoteKey, request.log);
    }
    return {
        toolchainDir: result.dir,
        cacheHit: result.cacheHit,
        ...(result.cacheHit && { cacheSource: restored ? "actions-cache" : "tool-cache" }),
        cachekey: result.cacheKey,
        bytesDownloaded: result.bytesDownloaded,
        timings: result.cacheHit
            ? {}
            : {
                manifest: result.timings.manifestMs,
                download: result.timings.downloadMs,
                finalize: result.timings.installMs,
            },
        rustupProxies,
        extraPaths: [],
        ...(result.checked !== undefined && { probe: result.checked }),
    };
}
async function installRustup(request, rustupProxies) {
    const { resolved, homes } = request;
    const rustup = request.installer.rustup;
    const key = `${keyFor(resolved)}-rustup`;
    const toolchainDir = join(homes.rustupHome, "toolchains", resolved.toolchain);
    const cacheable = request.cache !== undefined && isImmutableToolchain(channelName(resolved));
    const cachePaths = [toolchainDir, join(homes.rustupHome, "update-hashes", resolved.toolchain)];
    const remoteKey = actionsCacheKey(key, process.platform, process.arch);
    let restored = false;
    if (cacheable && !existsSync(toolchainDir)) {
        restored = await restoreToolchain(request.cache, cachePaths, remoteKey, request.log);
    }
    // rustup reads its homes and the mirror from the environment; the action's view of both wins.
    const env = {
        ...process.env,
        RUSTUP_HOME: homes.rustupHome,
        CARGO_HOME: homes.cargoHome,
        RUSTUP_DIST_SERVER: request.distServer,
    };
    delete env["RUSTUP_TOOLCHAIN"];
    const result = await installWithRustup({
        rustup,
        toolchain: resolved.toolchain,
        profile: resolved.profile,
        components: resolved.components,
        targets: resolved.targets,
        env,
        logger: request.log,
    });
    // rustup says "<name> unchanged - rustc …" when the toolchain was already complete.
    const unchanged = /\bunchanged\b/.test(result.output);
    if (cacheable && !restored && !unchanged) {
        await saveToolchain(request.cache, cachePaths, remoteKey, request.log);
    }
    const cacheHit = restored || unchanged;
    return {
        toolchainDir: result.dir || toolchainDir,
        cacheHit,
        ...(cacheHit && { cacheSource: restored ? "actions-cache" : "rustup" }),
        cachekey: key,
        timings: { rustup: Math.round(result.durationMs) },
        rustupProxies,
        extraPaths: [dirname(rustup)],
    };
}
/**
 * "This release has no build for this host": what `optional: true` forgives. Never a release or channel that does
 * not exist at all (a typo, a version not yet out), a bad checksum or a broken mirror.
 */
function install_isUnavailable(error, host) {
    if (error instanceof HostUnsupportedError)
        return true;
    // rustup 1.29's words when the manifest has no package for the host (recorded against the loopback mirror).
    return (error instanceof RustupError &&
        error.message.includes(`for target '${host}' is unavailable for download for channel`));
}

;// CONCATENATED MODULE: ../toolchain/src/resolve/float-trap.ts
// GitHub Actions reads `toolchain: 1.70` (unquoted) as the YAML number 1.70 and hands the action the
// string "1.7". rustup would then install Rust 1.7.0 from 2016 — or, for `1.80`, track 1.8.x — which
// no modern project means. This repair applies to the action input only: toolchain files and
// RUSTUP_TOOLCHAIN are strings and are never rewritten.
function majorMinor(version) {
    const m = /^(\d+)\.(\d+)(?:\.\d+)?$/.exec(version.trim());
    return m ? [Number(m[1]), Number(m[2])] : undefined;
}
/**
 * The rule, exactly:
 * - Only values `1.1` … `1.9` are touched: the forms YAML leaves of an unquoted `1.10` … `1.90` (or
 *   `1.100` … `1.900`) after dropping the trailing zeros. Everything else (`1.70`, `1.7.0`, `stable`,
 *   `1`, values with a date or target) is returned unchanged. Rust 1.1–1.9 (2015–2016) predate
 *   `rust-version`, edition 2018 and every maintained crate, so nobody pins them on purpose.
 * - `1.d` becomes `1.d0`. It becomes `1.d00` only when `msrv` (the project's `rust-version`) is
 *   1.100 or later and lies above `1.d0` but not above `1.d00`, i.e. only when Rust has reached
 *   three-digit minors and the MSRV proves `1.d0` is too old.
 */
function repairFloatTrap(value, options = {}) {
    const m = /^1\.([1-9])$/.exec(value);
    if (!m)
        return { value, repaired: false };
    const digit = Number(m[1]);
    let minor = digit * 10;
    const msrv = options.msrv === undefined ? undefined : majorMinor(options.msrv);
    if (msrv && msrv[0] === 1 && msrv[1] >= 100 && msrv[1] > digit * 10 && msrv[1] <= digit * 100) {
        minor = digit * 100;
    }
    const repaired = `1.${minor}`;
    return {
        value: repaired,
        repaired: true,
        warning: `the toolchain input '${value}' looks like the YAML number ${repaired} with its trailing zero dropped, ` +
            `so it is read as '${repaired}' (Rust ${value} dates from 2015–2016). ` +
            `Quote the version in the workflow, e.g. toolchain: "${repaired}", so YAML keeps it as written`,
    };
}

;// CONCATENATED MODULE: ../toolchain/src/setup/resolve-setup.ts
// Which toolchain the setup installs, decided before anything is downloaded: the float-trap repair of the
// input, rustup's resolution, then the pinning and MSRV rules. `actions/setup-rust` and
// `oxidize toolchain resolve` both call this, so the CLI previews exactly what the action does.




/** The setup's profile when neither the input nor a toolchain file names one: CI needs no docs. */
const SETUP_DEFAULT_PROFILE = "minimal";
/** Throws ToolchainResolutionError (a UserError) for a bad name or file, a floating pin, or a toolchain below the MSRV. */
async function resolve_setup_resolveSetup(request) {
    const msrv = await readMsrv(request.msrvFrom ?? request.workingDirectory, { walkUp: true });
    const warnings = [];
    let toolchain = request.toolchain;
    if (toolchain !== undefined) {
        const repair = repairFloatTrap(toolchain, msrv ? { msrv: msrv.version } : {});
        if (repair.warning)
            warnings.push({ code: "float-trap", message: repair.warning });
        toolchain = repair.value;
    }
    const resolved = await resolveToolchain({
        input: {
            ...(toolchain !== undefined && { toolchain }),
            ...(request.components !== undefined && { components: request.components }),
            ...(request.targets !== undefined && { targets: request.targets }),
            ...(request.profile !== undefined && { profile: request.profile }),
        },
        env: request.env,
        workingDirectory: request.workingDirectory,
        host: request.host,
        defaultProfile: SETUP_DEFAULT_PROFILE,
    });
    for (const message of resolved.warnings) {
        warnings.push({ code: "resolve", message, ...(resolved.file !== undefined && { file: resolved.file }) });
    }
    if (request.requirePinned) {
        const notPinned = checkPinned(resolved);
        if (notPinned)
            throw notPinned;
    }
    const setup = { resolved, warnings };
    if (msrv) {
        const msrvCheck = msrv_checkMsrv(resolved, msrv);
        if (msrvCheck.error)
            throw msrvCheck.error;
        setup.msrv = msrv;
        setup.msrvCheck = msrvCheck;
    }
    return setup;
}

;// CONCATENATED MODULE: ../report/src/markdown.ts
/** Text safe inside a Markdown table cell: pipes escaped, line breaks as <br>. */
function markdown_cell(value) {
    if (value === null || value === undefined || value === "")
        return "—";
    return String(value).replace(/</g, "&lt;").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
/** A Markdown table; every cell goes through `cell`. */
function markdown_table(headers, rows) {
    const head = `| ${headers.join(" | ")} |`;
    const rule = `| ${headers.map(() => "---").join(" | ")} |`;
    return [head, rule, ...rows.map((row) => `| ${row.map(markdown_cell).join(" | ")} |`)].join("\n");
}
const markdown_CONCLUSION_ICON = {
    success: "✅",
    neutral: "⚠️",
    failure: "❌",
    skipped: "⏭️",
};
/** One icon per module state, wherever modules are listed. */
const markdown_MODULE_STATE_ICON = {
    built: "✅",
    failed: "❌",
    skipped: "⚠️",
    missing: "⚠️",
    "n/a": "➖",
    disabled: "⏸️",
};
const LEVEL_ICON = {
    failure: "❌",
    warning: "⚠️",
    notice: "ℹ️",
};
/** `path:line:column` of a reason, or undefined when it has no file. */
function markdown_location(reason) {
    if (!reason.file)
        return undefined;
    let where = reason.file;
    if (reason.line !== undefined)
        where += `:${reason.line}`;
    if (reason.line !== undefined && reason.column !== undefined)
        where += `:${reason.column}`;
    return where;
}
/** One bullet for a reason: icon, code, message (continuation lines indented), location. */
function markdown_reasonBullet(reason, prefix = "") {
    const where = markdown_location(reason);
    const title = reason.title ? `**${reason.title}** — ` : "";
    const message = reason.message.replace(/\r?\n/g, "\n  ");
    return `- ${LEVEL_ICON[reason.level]} ${prefix}\`${reason.code}\` ${title}${message}${where ? ` (\`${where}\`)` : ""}`;
}
/** A size as "512 B" / "1.5 KiB" / "12.3 MiB". */
function markdown_bytes(count) {
    if (count < 1024)
        return `${count} B`;
    const units = ["KiB", "MiB", "GiB"];
    let value = count / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}
/** Milliseconds as "850 ms" / "12.3 s" / "2 min 5 s". */
function markdown_duration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const minutes = Math.floor(ms / 60_000);
    return `${minutes} min ${Math.round((ms - minutes * 60_000) / 1000)} s`;
}
/** Matrix values in key order ("ubuntu-latest, 3.16"); objects as compact JSON, null/empty skipped. */
function markdown_matrixValues(matrix) {
    if (!matrix)
        return [];
    return Object.values(matrix)
        .filter((v) => v !== null && v !== undefined && v !== "")
        .map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v)));
}

;// CONCATENATED MODULE: ../report/src/result.ts

/**
 * The one result model every action produces. Outlets (job summary, annotations, check run,
 * the matrix aggregate) are all rendered from this, never from action-specific state.
 * Versioned: consumers reject a `schema` they do not know.
 */
const result_RESULT_SCHEMA = "oxidize/result@1";
/**
 * A file as a reason names it: relative to the repository, with `/` on Windows too, when it lies
 * inside; anything else (a relative path, a file outside) as given.
 */
function repositoryPath(file, repositoryRoot) {
    if (!isAbsolute(file))
        return file;
    const inside = relative(repositoryRoot, file);
    if (inside === "" || inside.startsWith("..") || isAbsolute(inside))
        return file;
    return inside.split(sep).join("/");
}
/** How bad a conclusion is, for "worst first" ordering: failure > neutral > skipped > success. */
const result_CONCLUSION_SEVERITY = {
    failure: 3,
    neutral: 2,
    skipped: 1,
    success: 0,
};
/** The worse of conclusions; `success` for none. */
function result_worstConclusion(conclusions) {
    let worst = "success";
    for (const c of conclusions)
        if (result_CONCLUSION_SEVERITY[c] > result_CONCLUSION_SEVERITY[worst])
            worst = c;
    return worst;
}
/** A policy outcome (pass / warn / fail) as a result conclusion: a warning is neutral, not green. */
function conclusionForOutcome(outcome) {
    return outcome === "pass" ? "success" : outcome === "warn" ? "neutral" : "failure";
}

;// CONCATENATED MODULE: ../report/src/aggregate.ts


const AGGREGATE_SCHEMA = "oxidize/aggregate@1";
const UNKNOWN_AXIS = "—";
const PLATFORM_KEYS = (/* unused pure expression or super */ null && (["os", "platform", "runs-on", "runner", "target", "host"]));
const PYTHON_KEYS = (/* unused pure expression or super */ null && (["python", "python-version", "cpython", "cpython-version", "python_version"]));
function aggregate_pick(sources, keys) {
    for (const source of sources) {
        if (!source)
            continue;
        for (const key of keys) {
            const value = source[key];
            if (value !== undefined && value !== null && value !== "")
                return String(value);
        }
    }
    return undefined;
}
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(",")}]`;
    if (typeof value === "object" && value !== null) {
        const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
    }
    return JSON.stringify(value);
}
/** Compares "3.9" < "3.10" < "3.16" numerically, text after. */
function compareVersions(a, b) {
    // Versions before anything that is not one (the unknown axis "—" goes last).
    const va = /^\d/.test(a);
    const vb = /^\d/.test(b);
    if (va !== vb)
        return va ? -1 : 1;
    const pa = a.split(/[.-]/);
    const pb = b.split(/[.-]/);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = pa[i] ?? "";
        const y = pb[i] ?? "";
        const nx = Number(x);
        const ny = Number(y);
        const diff = x !== "" && y !== "" && Number.isFinite(nx) && Number.isFinite(ny) ? nx - ny : x.localeCompare(y);
        if (diff !== 0)
            return diff;
    }
    return 0;
}
function legIdentity(result) {
    const matrix = result.matrix && Object.keys(result.matrix).length ? result.matrix : undefined;
    const facts = result.facts;
    const platform = aggregate_pick([matrix, facts], PLATFORM_KEYS) ?? UNKNOWN_AXIS;
    const python = aggregate_pick([matrix, facts], PYTHON_KEYS) ?? UNKNOWN_AXIS;
    if (matrix)
        return { id: canonical(matrix), label: matrixValues(matrix).join(", "), platform, python, matrix };
    return { id: canonical({ platform, python }), label: `${platform}, ${python}`, platform, python };
}
const MODULE_SEVERITY = {
    failed: 5,
    missing: 4,
    disabled: 3,
    skipped: 2,
    "n/a": 1,
    built: 0,
};
function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
}
/**
 * Groups per-leg results into the matrix picture: one leg per job (matrix), its worst conclusion
 * and module outcomes, the platform × Python grid axes, and totals. Rejected files count as
 * failed so an unreadable leg can never make the whole matrix look green.
 */
function aggregate(results, rejected = []) {
    const legs = new Map();
    for (const result of results) {
        const identity = legIdentity(result);
        let leg = legs.get(identity.id);
        if (!leg) {
            leg = { ...identity, conclusion: "success", title: "", results: [], modules: [], reasons: [] };
            legs.set(identity.id, leg);
        }
        leg.results.push({ action: result.action, conclusion: result.conclusion, title: result.title });
        leg.reasons.push(...result.reasons.map((r) => ({ ...r, action: result.action })));
        for (const module of result.modules ?? []) {
            const index = leg.modules.findIndex((m) => m.name === module.name);
            const existing = index >= 0 ? leg.modules[index] : undefined;
            if (!existing)
                leg.modules.push(module);
            else if (MODULE_SEVERITY[module.state] > MODULE_SEVERITY[existing.state])
                leg.modules[index] = module;
        }
    }
    for (const leg of legs.values()) {
        leg.conclusion = worstConclusion(leg.results.map((r) => r.conclusion));
        // The deciding result's title; among equals, the later action (build after configure) says more.
        const deciding = leg.results.filter((r) => r.conclusion === leg.conclusion).at(-1);
        leg.title = deciding?.title ?? "";
        leg.modules.sort((a, b) => a.name.localeCompare(b.name));
    }
    const ordered = [...legs.values()].sort((a, b) => CONCLUSION_SEVERITY[b.conclusion] - CONCLUSION_SEVERITY[a.conclusion] ||
        a.platform.localeCompare(b.platform) ||
        compareVersions(a.python, b.python) ||
        a.label.localeCompare(b.label));
    const conclusions = { success: 0, neutral: 0, failure: 0, skipped: 0 };
    const modules = {
        built: 0,
        skipped: 0,
        failed: 0,
        missing: 0,
        disabled: 0,
        "n/a": 0,
    };
    for (const leg of ordered) {
        conclusions[leg.conclusion]++;
        for (const m of leg.modules)
            modules[m.state]++;
    }
    // Nothing to show is not a pass: neutral makes an empty matrix visible without failing it.
    const conclusion = rejected.length
        ? "failure"
        : ordered.length === 0
            ? "neutral"
            : worstConclusion(ordered.map((l) => l.conclusion));
    const counts = Object.keys(conclusions)
        .sort((a, b) => CONCLUSION_SEVERITY[b] - CONCLUSION_SEVERITY[a])
        .filter((c) => conclusions[c] > 0)
        .map((c) => `${conclusions[c]} ${c}`);
    const worst = ordered[0];
    let title = `${plural(ordered.length, "leg")}${counts.length ? `: ${counts.join(", ")}` : ""}`;
    if (worst && worst.conclusion !== "success")
        title += ` — worst: ${worst.label}`;
    if (rejected.length)
        title += ` — ${plural(rejected.length, "result file")} rejected`;
    if (ordered.length === 0 && rejected.length === 0)
        title = "No results found";
    return {
        schema: AGGREGATE_SCHEMA,
        conclusion,
        title,
        legs: ordered,
        platforms: [...new Set(ordered.map((l) => l.platform))].sort((a, b) => a.localeCompare(b)),
        pythons: [...new Set(ordered.map((l) => l.python))].sort(compareVersions),
        totals: {
            legs: ordered.length,
            results: results.length,
            conclusions,
            modules,
            rejected: rejected.length,
        },
        rejected: [...rejected],
    };
}

;// CONCATENATED MODULE: ../report/src/limits.ts
/**
 * GitHub's size limits for what reporting sends, and truncation that always lands inside them.
 * Truncation never rejects: it cuts (at a line break when one is near), and says so in a note
 * that is itself counted against the limit.
 */
/** `GITHUB_STEP_SUMMARY`: at most 1 MiB per step (bytes of UTF-8). */
const limits_STEP_SUMMARY_LIMIT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** Checks API `output.title`, `output.summary`, `output.text`: at most 65535 characters each. */
const limits_CHECK_OUTPUT_LIMIT_CHARS = 65535;
/** Checks API: at most 50 annotations per create/update request. */
const limits_CHECK_ANNOTATIONS_PER_REQUEST = 50;
/** Checks API annotation `message`: at most 64 KB. */
const limits_CHECK_ANNOTATION_MESSAGE_LIMIT_BYTES = (/* unused pure expression or super */ null && (64 * 1024));
/** Checks API annotation `title`: at most 255 characters. */
const limits_CHECK_ANNOTATION_TITLE_LIMIT_CHARS = 255;
/** Workflow-command annotations GitHub shows per step, for each kind (error, warning, notice). */
const limits_WORKFLOW_ANNOTATIONS_PER_KIND = 10;
/** Workflow-command annotations GitHub shows per job, all kinds together. */
const limits_WORKFLOW_ANNOTATIONS_PER_JOB = 50;
const limits_utf8 = new TextEncoder();
function measure(text, unit) {
    return unit === "bytes" ? limits_utf8.encode(text).length : text.length;
}
/** The longest prefix of `text` within `budget` units that does not split a character. */
function prefixWithin(text, budget, unit) {
    if (budget <= 0)
        return "";
    if (unit === "characters") {
        let end = Math.min(budget, text.length);
        // Never leave half of a surrogate pair: GitHub would count it as a broken character.
        const last = text.charCodeAt(end - 1);
        if (end < text.length && last >= 0xd800 && last <= 0xdbff)
            end--;
        return text.slice(0, end);
    }
    const bytes = limits_utf8.encode(text);
    let end = Math.min(budget, bytes.length);
    // Back up to the first byte of a UTF-8 sequence (continuation bytes are 10xxxxxx).
    while (end > 0 && end < bytes.length && ((bytes[end] ?? 0) & 0xc0) === 0x80)
        end--;
    return new TextDecoder().decode(bytes.subarray(0, end));
}
/**
 * `text` if it fits in `limit` (characters or UTF-8 bytes), else a prefix plus a note saying how
 * much was left out and why; the result always measures ≤ `limit`.
 */
function limits_truncateWithNote(text, limit, unit, what) {
    const total = measure(text, unit);
    if (total <= limit)
        return text;
    const note = (omitted) => `\n\n> [!WARNING]\n> Truncated: ${omitted} more ${unit} not shown (${what} is limited to ${limit} ${unit}).\n`;
    // Reserve room for the longest note this text could need (omitted ≤ total).
    const reserved = measure(note(total), unit);
    if (reserved >= limit)
        return prefixWithin(text, limit, unit);
    let kept = prefixWithin(text, limit - reserved, unit);
    // Prefer a whole line: a Markdown table row cut in half renders as garbage.
    const lineEnd = kept.lastIndexOf("\n");
    if (lineEnd > kept.length / 2)
        kept = kept.slice(0, lineEnd);
    return kept + note(total - measure(kept, unit));
}
/** One line, cut with an ellipsis (titles have no room for a note). */
function limits_truncateLine(text, limitChars) {
    const line = text.replace(/\s*[\r\n]+\s*/g, " ").trim();
    if (line.length <= limitChars)
        return line;
    return `${prefixWithin(line, limitChars - 1, "characters")}…`;
}
/** A prefix within `limitBytes` of UTF-8, with an ellipsis when cut. */
function limits_truncateBytes(text, limitBytes) {
    if (measure(text, "bytes") <= limitBytes)
        return text;
    return `${prefixWithin(text, limitBytes - 3, "bytes")}…`;
}
/** UTF-8 size, for tests and callers that budget several parts. */
function byteLength(text) {
    return measure(text, "bytes");
}

;// CONCATENATED MODULE: ../report/src/summary.ts


/** The headline: icon, action, title, and the matrix leg when there is one. */
function headline(result) {
    const leg = matrixValues(result.matrix);
    return `${CONCLUSION_ICON[result.conclusion]} ${result.action}: ${result.title}${leg.length ? ` (${leg.join(", ")})` : ""}`;
}
/** One row per module: state and why, and — when any module has them — fallback, artifact and build time. */
function modulesTable(modules) {
    const headers = ["Module", "State", "Note"];
    const columns = [
        ["configure", (m) => (m.configure ? `\`${m.configure}\`` : undefined)],
        ["Fallback", (m) => (m.fallback ? `\`${m.fallback}\`` : undefined)],
        [
            "Artifact",
            (m) => m.artifact ? `\`${m.artifact}\`${m.bytes !== undefined ? ` (${bytes(m.bytes)})` : ""}` : undefined,
        ],
        ["Build", (m) => (m.seconds !== undefined ? `${m.seconds.toFixed(1)} s` : undefined)],
    ];
    const shown = columns.filter(([, value]) => modules.some((m) => value(m) !== undefined));
    return table([...headers, ...shown.map(([name]) => name)], modules.map((m) => [
        `\`${m.name}\``,
        `${MODULE_STATE_ICON[m.state]} ${m.state}`,
        m.message,
        ...shown.map(([, value]) => value(m)),
    ]));
}
/** Headline, facts, reasons, modules and timings as Markdown, without size limits. */
function summary_renderResultMarkdown(result, heading = "###") {
    const parts = [`${heading} ${headline(result)}`];
    parts.push(`**Conclusion:** ${result.conclusion}`);
    const facts = Object.entries(result.facts);
    if (facts.length)
        parts.push(table(["Fact", "Value"], facts));
    if (result.reasons.length) {
        parts.push(`**Reasons**\n\n${result.reasons.map((r) => reasonBullet(r)).join("\n")}`);
    }
    if (result.modules?.length)
        parts.push(modulesTable(result.modules));
    const timings = Object.entries(result.timings);
    if (timings.length) {
        const total = Date.parse(result.finishedAt) - Date.parse(result.startedAt);
        const rows = timings.map(([phase, ms]) => [phase, duration(ms)]);
        if (Number.isFinite(total) && total >= 0)
            rows.push(["**total**", duration(total)]);
        parts.push(`<details><summary>Timings</summary>\n\n${table(["Phase", "Time"], rows)}\n\n</details>`);
    }
    return `${parts.join("\n\n")}\n`;
}
/** The job-summary Markdown for one result, then any `extra` sections, kept under GitHub's 1 MiB step-summary limit. */
function renderSummary(result, options = {}) {
    const markdown = options.extra
        ? `${summary_renderResultMarkdown(result)}\n${options.extra}`
        : summary_renderResultMarkdown(result);
    const limit = options.limitBytes ?? STEP_SUMMARY_LIMIT_BYTES;
    return truncateWithNote(markdown, limit, "bytes", "the job summary of a step");
}

;// CONCATENATED MODULE: ../report/src/check-run.ts



function checkConclusion(conclusion) {
    switch (conclusion) {
        case "success":
            return "success";
        case "neutral":
            return "neutral";
        case "failure":
            return "failure";
        case "skipped":
            return "skipped";
    }
}
/** "Rust policy (ubuntu-latest, 3.16)" from a matrix object's values; the bare name without one. */
function checkRunName(name, matrix) {
    const values = matrixValues(matrix);
    return values.length ? `${name} (${values.join(", ")})` : name;
}
const LEVEL_ORDER = {
    failure: 0,
    warning: 1,
    notice: 2,
};
/** A reason with a file as a Checks annotation; undefined when it has no file to point at. */
function check_run_toCheckAnnotation(reason, titlePrefix = "") {
    if (!reason.file)
        return undefined;
    // A file without a line is a statement about the whole file: GitHub needs a line, so use the first.
    const start = reason.line ?? 1;
    const end = Math.max(start, reason.endLine ?? start);
    const annotation = {
        path: reason.file,
        start_line: start,
        end_line: end,
        annotation_level: reason.level,
        message: truncateBytes(reason.message || reason.code, CHECK_ANNOTATION_MESSAGE_LIMIT_BYTES),
        title: truncateLine(`${titlePrefix}${reason.title ?? reason.code}`, CHECK_ANNOTATION_TITLE_LIMIT_CHARS),
    };
    // The API only takes columns on single-line annotations.
    if (reason.column !== undefined && start === end)
        annotation.start_column = reason.column;
    return annotation;
}
/** Most severe first, so the first request (the one most likely to land) carries the failures. */
function sortAnnotations(annotations) {
    return [...annotations].sort((a, b) => LEVEL_ORDER[a.annotation_level] - LEVEL_ORDER[b.annotation_level]);
}
function fit(text, what) {
    return truncateWithNote(text, CHECK_OUTPUT_LIMIT_CHARS, "characters", what);
}
/** Turns outlet-neutral content into the API calls, enforcing every Checks API limit. */
function check_run_planCheckRun(content, options) {
    const annotations = sortAnnotations(content.annotations);
    const batches = [];
    for (let i = 0; i < annotations.length; i += CHECK_ANNOTATIONS_PER_REQUEST) {
        batches.push(annotations.slice(i, i + CHECK_ANNOTATIONS_PER_REQUEST));
    }
    const title = truncateLine(content.title, CHECK_OUTPUT_LIMIT_CHARS);
    const summary = fit(content.summary, "a check run's summary");
    const output = { title, summary };
    if (content.text.trim() !== "")
        output.text = fit(content.text, "a check run's text");
    const [first, ...rest] = batches;
    if (first)
        output.annotations = first;
    const create = {
        name: truncateLine(checkRunName(options.name, options.matrix), CHECK_OUTPUT_LIMIT_CHARS),
        head_sha: options.headSha,
        status: "completed",
        conclusion: checkConclusion(content.conclusion),
        completed_at: content.completedAt,
        output,
    };
    if (content.startedAt)
        create.started_at = content.startedAt;
    if (options.detailsUrl)
        create.details_url = options.detailsUrl;
    // Updates repeat title and summary: the API wants them with every output, and they do not change.
    const updates = rest.map((batch) => ({ output: { title, summary, annotations: batch } }));
    return { create, updates };
}
/** The check run for one action's result: located reasons as annotations, the others in the text. */
function buildCheckRun(result, options) {
    const annotations = [];
    const unlocated = [];
    for (const reason of result.reasons) {
        const annotation = check_run_toCheckAnnotation(reason);
        if (annotation)
            annotations.push(annotation);
        else
            unlocated.push(reason);
    }
    const text = unlocated.length
        ? `### Findings without a file location\n\n${unlocated.map((r) => reasonBullet(r)).join("\n")}\n`
        : "";
    return check_run_planCheckRun({
        conclusion: result.conclusion,
        title: result.title,
        summary: renderResultMarkdown(result),
        text,
        annotations,
        startedAt: result.startedAt,
        completedAt: result.finishedAt,
    }, { ...options, matrix: options.matrix ?? result.matrix });
}

;// CONCATENATED MODULE: ../report/src/aggregate-render.ts



/** "✅ _base64 (built), ➖ _zlib (n/a)" — each module with its state. */
function modulesCell(leg) {
    if (!leg.modules.length)
        return "—";
    return leg.modules.map((m) => `${MODULE_STATE_ICON[m.state]} ${m.name} (${m.state})`).join(", ");
}
function gridCell(legs) {
    if (!legs.length)
        return "";
    return legs
        .map((leg) => {
        const built = leg.modules.filter((m) => m.state === "built").length;
        const mods = leg.modules.length ? ` ${built}/${leg.modules.length} 🦀` : "";
        // Extra matrix dimensions share a cell: name them so the cell stays readable.
        const extra = legs.length > 1 ? ` ${leg.label}` : "";
        return `${CONCLUSION_ICON[leg.conclusion]} ${leg.conclusion}${mods}${extra}`;
    })
        .join("<br>");
}
/** Full Markdown of the aggregate: headline, platform × Python grid, legs worst first, totals. */
function renderAggregateMarkdown(agg, heading = "##") {
    const parts = [`${heading} ${CONCLUSION_ICON[agg.conclusion]} Rust readiness: ${agg.title}`];
    if (agg.legs.length) {
        const cells = new Map();
        for (const leg of agg.legs) {
            const key = JSON.stringify([leg.platform, leg.python]);
            cells.set(key, [...(cells.get(key) ?? []), leg]);
        }
        const rows = agg.platforms.map((platform) => [
            `**${cell(platform)}**`,
            ...agg.pythons.map((python) => gridCell(cells.get(JSON.stringify([platform, python])) ?? [])),
        ]);
        // Grid cells are pre-rendered Markdown with <br>: join by hand instead of escaping them again.
        const header = `| platform \\ Python | ${agg.pythons.map((p) => cell(p)).join(" | ")} |`;
        const rule = `| --- | ${agg.pythons.map(() => "---").join(" | ")} |`;
        parts.push([header, rule, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n"));
        parts.push(`${heading}# Legs (worst first)\n\n${table(["Leg", "Conclusion", "Modules", "Verdict", "Actions"], agg.legs.map((leg) => [
            leg.label,
            `${CONCLUSION_ICON[leg.conclusion]} ${leg.conclusion}`,
            modulesCell(leg),
            leg.title,
            leg.results.map((r) => `${r.action}: ${r.conclusion}`).join(", "),
        ]))}`);
    }
    const t = agg.totals;
    const moduleTotals = Object.entries(t.modules).filter(([, n]) => n > 0);
    const totals = [
        ["legs", t.legs],
        ["results", t.results],
        ...Object.entries(t.conclusions)
            .filter(([, n]) => n > 0)
            .map(([c, n]) => [`legs: ${c}`, n]),
        ...moduleTotals.map(([s, n]) => [`modules: ${s}`, n]),
    ];
    if (t.rejected)
        totals.push(["rejected result files", t.rejected]);
    parts.push(`${heading}# Totals\n\n${table(["", "count"], totals)}`);
    if (agg.rejected.length) {
        parts.push(`${heading}# Rejected result files\n\n${agg.rejected
            .map((r) => `- \`${r.file}\`\n${r.errors.map((e) => `  - ${e}`).join("\n")}`)
            .join("\n")}`);
    }
    return `${parts.join("\n\n")}\n`;
}
/** The aggregate's job summary, kept under the 1 MiB step-summary limit. */
function renderAggregate(agg, limitBytes = STEP_SUMMARY_LIMIT_BYTES) {
    return truncateWithNote(renderAggregateMarkdown(agg), limitBytes, "bytes", "the job summary of a step");
}
/** Annotations of every leg; the same finding on several legs becomes one annotation naming them. */
function aggregateAnnotations(agg) {
    const merged = new Map();
    for (const leg of agg.legs) {
        for (const reason of leg.reasons) {
            if (!reason.file)
                continue;
            const key = JSON.stringify([
                reason.file,
                reason.line,
                reason.endLine,
                reason.column,
                reason.level,
                reason.message,
            ]);
            const entry = merged.get(key);
            if (entry)
                entry.legs.push(leg.label);
            else
                merged.set(key, { reason, legs: [leg.label] });
        }
    }
    const annotations = [];
    for (const { reason, legs } of merged.values()) {
        const annotation = toCheckAnnotation(reason, `[${legs.length === 1 ? legs[0] : `${legs.length} legs`}] `);
        if (!annotation)
            continue;
        if (legs.length > 1)
            annotation.message += `\n\nSeen on: ${legs.join("; ")}`;
        annotations.push(annotation);
    }
    return annotations;
}
/** Per-leg findings that have no file, for the check run's text. */
function aggregateText(agg) {
    const sections = [];
    for (const leg of agg.legs) {
        const unlocated = leg.reasons.filter((r) => !r.file);
        if (!unlocated.length)
            continue;
        sections.push(`### ${CONCLUSION_ICON[leg.conclusion]} ${leg.label}\n\n${unlocated.map((r) => reasonBullet(r, `${r.action} `)).join("\n")}`);
    }
    return sections.join("\n\n");
}
/** One check run for the whole matrix: the grid as summary, per-leg findings as text and annotations. */
function buildAggregateCheckRun(agg, options) {
    return planCheckRun({
        conclusion: agg.conclusion,
        title: agg.title,
        summary: renderAggregateMarkdown(agg),
        text: aggregateText(agg),
        annotations: aggregateAnnotations(agg),
        completedAt: options.completedAt ?? new Date().toISOString(),
    }, options);
}

;// CONCATENATED MODULE: ../report/src/ajv.ts
/**
 * The Ajv class, loaded on first use: every action bundles the packages that validate JSON, and
 * most runs never validate anything, so none should pay for ajv at start-up. Node exposes the
 * class as a named export of the CommonJS package; a bundler's interop may only give `default`
 * (the module.exports object, which is the class).
 */
async function ajv_loadAjv() {
    const m = (await __nccwpck_require__.e(/* import() */ 931).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5931, 23)));
    const found = [m.Ajv, m.default?.Ajv, m.default].find((candidate) => typeof candidate === "function");
    if (!found)
        throw new Error("ajv did not load: no Ajv class in the module");
    return found;
}

;// CONCATENATED MODULE: ../report/src/annotations.ts

const KIND_OF = {
    failure: "error",
    warning: "warning",
    notice: "notice",
};
const KINDS = (/* unused pure expression or super */ null && (["error", "warning", "notice"]));
/**
 * Within a kind: the step's own findings first (a module's outcome, never hidden by the diagnostics
 * that explain it), then located reasons (an annotation on a line is worth more than one floating
 * in the log), then the rest.
 */
function rank(reason) {
    if (reason.primary)
        return 0;
    if (reason.file && reason.line !== undefined)
        return 1;
    if (reason.file)
        return 2;
    return 3;
}
function toWorkflowAnnotation(reason) {
    const properties = {};
    if (reason.title)
        properties.title = reason.title;
    if (reason.file) {
        properties.file = reason.file;
        if (reason.line !== undefined) {
            properties.startLine = reason.line;
            properties.endLine = reason.endLine ?? reason.line;
            if (reason.column !== undefined && properties.endLine === reason.line)
                properties.startColumn = reason.column;
        }
    }
    return { kind: KIND_OF[reason.level], message: `${reason.message} [${reason.code}]`, properties };
}
function annotations_plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
}
/**
 * The annotations worth printing for a result. GitHub shows only 10 of each kind per step (and
 * 50 per job) and silently drops the rest, so pick failures first, located ones first within a
 * kind, and spend one notice slot on saying how many were left out.
 */
function selectAnnotations(result, budget = {}) {
    return selectReasonAnnotations(result.reasons, result.action, budget);
}
/** The same choice for any reasons (the matrix aggregate's rejected files, say); `subject` titles the count. */
function selectReasonAnnotations(reasons, subject, budget = {}) {
    const perKind = budget.perKind ?? WORKFLOW_ANNOTATIONS_PER_KIND;
    const reserved = (kind) => budget.reserved?.[kind] ?? 0;
    const kindLimit = (kind) => Math.max(0, perKind - reserved(kind));
    const total = Math.max(0, Math.min(budget.total ?? WORKFLOW_ANNOTATIONS_PER_JOB, perKind * KINDS.length) -
        KINDS.reduce((n, k) => n + reserved(k), 0));
    const byKind = new Map(KINDS.map((k) => [k, []]));
    for (const reason of reasons)
        byKind.get(KIND_OF[reason.level])?.push(reason);
    for (const list of byKind.values())
        list.sort((a, b) => rank(a) - rank(b)); // stable
    const available = KINDS.reduce((n, k) => n + (byKind.get(k)?.length ?? 0), 0);
    const fitsAll = KINDS.every((k) => (byKind.get(k)?.length ?? 0) <= kindLimit(k)) && available <= total;
    const chosen = [];
    const dropped = { error: 0, warning: 0, notice: 0 };
    let room = fitsAll ? total : total - 1; // the count notice needs a slot of its own
    for (const kind of KINDS) {
        const list = byKind.get(kind) ?? [];
        const kindRoom = kind === "notice" && !fitsAll ? kindLimit(kind) - 1 : kindLimit(kind);
        const take = Math.max(0, Math.min(list.length, kindRoom, room));
        chosen.push(...list.slice(0, take).map(toWorkflowAnnotation));
        dropped[kind] = list.length - take;
        room -= take;
    }
    const droppedTotal = dropped.error + dropped.warning + dropped.notice;
    if (droppedTotal === 0)
        return { annotations: chosen, dropped };
    const parts = KINDS.filter((k) => dropped[k] > 0).map((k) => annotations_plural(dropped[k], k));
    const notice = {
        kind: "notice",
        message: `${annotations_plural(droppedTotal, "more annotation")} not shown (${parts.join(", ")}): GitHub displays at most ` +
            `${perKind} of each kind per step. The job summary and the check run list all of them.`,
        properties: { title: `${subject}: annotations truncated` },
    };
    return { annotations: [...chosen, notice], dropped, notice };
}

;// CONCATENATED MODULE: ../report/src/head-sha.ts
/** Events whose GITHUB_SHA is a merge commit the pull request page never shows. */
const PULL_REQUEST_EVENTS = new Set([
    "pull_request",
    "pull_request_target",
    "pull_request_review",
    "pull_request_review_comment",
]);
/**
 * The commit a check run must be attached to so it shows on the pull request: for pull request
 * events that is the PR's head commit (GITHUB_SHA is the test merge commit, or the base branch
 * for `pull_request_target`); for everything else, GITHUB_SHA.
 */
function headShaFor(eventName, payload, githubSha) {
    if (!PULL_REQUEST_EVENTS.has(eventName))
        return githubSha;
    const sha = payload?.pull_request?.head?.sha;
    return typeof sha === "string" && sha !== "" ? sha : githubSha;
}

;// CONCATENATED MODULE: ../report/src/publish-check-run.ts

function header(response, name) {
    const value = response.headers[name];
    return value === undefined ? undefined : String(value);
}
function apiMessage(data) {
    if (typeof data === "object" && data !== null && "message" in data && typeof data.message === "string") {
        const errors = "errors" in data && Array.isArray(data.errors) ? data.errors : [];
        const details = errors.map((e) => (typeof e === "string" ? e : JSON.stringify(e)));
        return [data.message, ...details].join("; ");
    }
    return typeof data === "string" && data !== "" ? data : "no message";
}
/**
 * How long to wait before retrying, or undefined when the response is final. Follows GitHub's
 * guidance: Retry-After when given; primary limit exhausted → until x-ratelimit-reset;
 * a secondary limit without a hint → at least a minute; 5xx → exponential back-off.
 */
function retryDelayMs(response, attempt, baseDelayMs, now) {
    const { status } = response;
    const retryAfter = header(response, "retry-after");
    const remaining = header(response, "x-ratelimit-remaining");
    const limited = status === 429 || (status === 403 && (retryAfter !== undefined || remaining === "0"));
    const secondary = status === 403 && /secondary rate limit/i.test(apiMessage(response.data));
    if (!limited && !secondary && status < 500)
        return undefined;
    if (retryAfter !== undefined) {
        const seconds = Number(retryAfter);
        if (Number.isFinite(seconds))
            return Math.max(0, seconds * 1000);
        const date = Date.parse(retryAfter);
        if (Number.isFinite(date))
            return Math.max(0, date - now);
    }
    const reset = Number(header(response, "x-ratelimit-reset"));
    if (remaining === "0" && Number.isFinite(reset))
        return Math.max(0, reset * 1000 - now);
    if (secondary || status === 429)
        return 60_000;
    return baseDelayMs * 2 ** (attempt - 1);
}
async function send(client, method, path, body, options) {
    let requests = 0;
    let last = { requests };
    for (let attempt = 1; attempt <= options.maxAttempts; attempt++) {
        let wait;
        requests++;
        try {
            const response = await client.request(method, path, body);
            last = { response, requests };
            if (response.status < 400)
                return last;
            wait = retryDelayMs(response, attempt, options.baseDelayMs, options.now());
            if (wait === undefined)
                return last;
        }
        catch (error) {
            last = { error: errorMessage(error), requests };
            if (error?.retry === false)
                return last;
            wait = options.baseDelayMs * 2 ** (attempt - 1);
        }
        if (wait > options.maxWaitMs) {
            const why = `GitHub asked to wait ${Math.ceil(wait / 1000)} s, longer than the ${Math.ceil(options.maxWaitMs / 1000)} s this step will wait`;
            return { ...last, error: last.error ? `${last.error}; ${why}` : why };
        }
        if (attempt < options.maxAttempts)
            await options.sleep(wait);
    }
    return last;
}
/** "HTTP 403: Resource not accessible by integration", or the transport error. */
function describeFailure(attempt) {
    if (attempt.response) {
        const base = `HTTP ${attempt.response.status}: ${apiMessage(attempt.response.data)}`;
        return attempt.error ? `${base} (${attempt.error})` : base;
    }
    return attempt.error ?? "no response";
}
function isPermissionDenied(response) {
    if (!response)
        return false;
    if (response.status === 404)
        return true;
    return (response.status === 403 &&
        header(response, "retry-after") === undefined &&
        header(response, "x-ratelimit-remaining") !== "0" &&
        !/rate limit/i.test(apiMessage(response.data)));
}
/**
 * Creates the check run, then appends the remaining annotation batches. Never throws: a token
 * that may not write checks (403/404) or an API that keeps failing yields `published: false`.
 */
async function publishCheckRun(client, plan, options) {
    const settings = {
        sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
        maxAttempts: options.maxAttempts ?? 4,
        maxWaitMs: options.maxWaitMs ?? 60_000,
        baseDelayMs: options.baseDelayMs ?? 1000,
        now: options.now ?? Date.now,
    };
    const base = `/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}/check-runs`;
    let requests = 0;
    try {
        const created = await send(client, "POST", base, plan.create, settings);
        requests += created.requests;
        const response = created.response;
        if (!response || response.status >= 300) {
            return {
                published: false,
                reason: describeFailure(created),
                ...(response ? { status: response.status } : {}),
                permissionDenied: isPermissionDenied(response),
                requests,
            };
        }
        const data = (response.data ?? {});
        const id = Number(data.id);
        if (!Number.isInteger(id)) {
            return {
                published: false,
                reason: `HTTP ${response.status} without a check run id`,
                status: response.status,
                permissionDenied: false,
                requests,
            };
        }
        let annotations = plan.create.output.annotations?.length ?? 0;
        const problems = [];
        for (const [index, update] of plan.updates.entries()) {
            const patched = await send(client, "PATCH", `${base}/${id}`, update, settings);
            requests += patched.requests;
            if (patched.response && patched.response.status < 300) {
                annotations += update.output.annotations.length;
                continue;
            }
            // Later batches would fail the same way; the check run exists with what it has.
            const skipped = plan.updates.slice(index).reduce((n, u) => n + u.output.annotations.length, 0);
            problems.push(`Adding annotations batch ${index + 2} failed: ${describeFailure(patched)}; ${skipped} annotations not added`);
            break;
        }
        const outcome = { published: true, id, annotations, requests, problems };
        if (typeof data.html_url === "string")
            outcome.htmlUrl = data.html_url;
        return outcome;
    }
    catch (error) {
        // Reporting must never fail the job; an unexpected error here is reported, not raised.
        return {
            published: false,
            reason: `unexpected error: ${errorMessage(error)}`,
            permissionDenied: false,
            requests,
        };
    }
}

;// CONCATENATED MODULE: ../report/src/schema.ts



/**
 * JSON Schema (draft-07) of `oxidize/result@1`. Additional top-level properties are rejected so
 * a typo in a producer shows up at the consumer; `details` and `facts` stay open because they are
 * each action's own payload.
 */
const resultJsonSchema = {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://oxidize.dev/schemas/result-1.json",
    title: "oxidize/result@1",
    type: "object",
    additionalProperties: false,
    required: [
        "schema",
        "action",
        "conclusion",
        "title",
        "facts",
        "reasons",
        "details",
        "timings",
        "startedAt",
        "finishedAt",
    ],
    properties: {
        schema: { const: result_RESULT_SCHEMA },
        action: { enum: ["configure-policy", "setup-rust", "build-rust-modules"] },
        conclusion: { enum: ["success", "neutral", "failure", "skipped"] },
        title: { type: "string", minLength: 1 },
        facts: {
            type: "object",
            additionalProperties: { type: ["string", "number", "boolean", "null"] },
        },
        reasons: {
            type: "array",
            items: {
                type: "object",
                additionalProperties: false,
                required: ["level", "code", "message"],
                properties: {
                    level: { enum: ["notice", "warning", "failure"] },
                    code: { type: "string", minLength: 1 },
                    message: { type: "string" },
                    file: { type: "string", minLength: 1 },
                    line: { type: "integer", minimum: 1 },
                    endLine: { type: "integer", minimum: 1 },
                    column: { type: "integer", minimum: 1 },
                    title: { type: "string" },
                    primary: { type: "boolean" },
                },
            },
        },
        details: {},
        modules: {
            type: "array",
            items: {
                type: "object",
                additionalProperties: false,
                required: ["name", "state"],
                properties: {
                    name: { type: "string", minLength: 1 },
                    state: { enum: ["built", "skipped", "failed", "missing", "disabled", "n/a"] },
                    message: { type: "string" },
                    fallback: { type: "string" },
                    artifact: { type: "string" },
                    bytes: { type: "integer", minimum: 0 },
                    seconds: { type: "number", minimum: 0 },
                    configure: { enum: ["yes", "missing", "disabled", "n/a"] },
                },
            },
        },
        timings: { type: "object", additionalProperties: { type: "number", minimum: 0 } },
        matrix: { type: "object" },
        startedAt: { type: "string", format: "date-time" },
        finishedAt: { type: "string", format: "date-time" },
    },
};
/** A result file that is not a valid `oxidize/result@1`; `errors` are one line each. */
class ResultValidationError extends Error {
    file;
    errors;
    name = "ResultValidationError";
    constructor(file, errors) {
        super(`${file} is not a valid ${result_RESULT_SCHEMA} result:\n${errors.map((e) => `  - ${e}`).join("\n")}`);
        this.file = file;
        this.errors = errors;
    }
}
let compiled;
/**
 * ajv loads on first use: every action bundles this package, and most runs never validate a
 * result, so they should not pay for ajv at start-up.
 */
function validator() {
    compiled ??= (async () => {
        const [Ajv, formatsModule] = await Promise.all([loadAjv(), Promise.all(/* import() */[__nccwpck_require__.e(931), __nccwpck_require__.e(626)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7626, 23))]);
        // ajv-formats is CommonJS with `exports.default`; this reads the plugin under both NodeNext and ncc.
        const namespace = formatsModule;
        const addFormats = (typeof namespace.default === "function" ? namespace.default : namespace.default?.default);
        const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
        addFormats(ajv, ["date-time"]);
        return ajv.compile(resultJsonSchema);
    })();
    return compiled;
}
function describe(error) {
    const where = error.instancePath === "" ? "(root)" : error.instancePath;
    const params = error.params;
    if (error.keyword === "additionalProperties")
        return `${where}: unknown property '${String(params["additionalProperty"])}'`;
    if (error.keyword === "enum")
        return `${where}: must be one of ${params["allowedValues"].map((v) => JSON.stringify(v)).join(", ")}`;
    if (error.keyword === "const")
        return `${where}: must be ${JSON.stringify(params["allowedValue"])}`;
    return `${where}: ${error.message ?? error.keyword}`;
}
/** Checks any parsed JSON against `oxidize/result@1`; errors name the JSON path and what was expected. */
async function validateResult(json) {
    if (typeof json === "object" &&
        json !== null &&
        "schema" in json &&
        typeof json.schema === "string" &&
        json.schema !== RESULT_SCHEMA) {
        // A newer or foreign schema: say so instead of listing every property that differs.
        return {
            valid: false,
            errors: [`/schema: '${json.schema}' is not supported; this reader understands '${RESULT_SCHEMA}'`],
        };
    }
    const validate = await validator();
    if (validate(json))
        return { valid: true, result: json };
    const errors = [...new Set((validate.errors ?? []).map(describe))];
    return { valid: false, errors };
}
/** Parses and validates the text of a result file; throws ResultValidationError naming `file`. */
async function parseResult(text, file) {
    const parsed = parseJsonText(text);
    if ("problem" in parsed)
        throw new ResultValidationError(file, [parsed.problem]);
    const outcome = await validateResult(parsed.value);
    if (!outcome.valid)
        throw new ResultValidationError(file, outcome.errors);
    return outcome.result;
}

;// CONCATENATED MODULE: ../report/src/index.ts













;// CONCATENATED MODULE: ../toolchain/src/setup/result.ts

const list = (items) => (items.length === 0 ? null : items.join(", "));
/** The facts table of the summary and the check run: what was installed, why, how, from where. */
function facts(d) {
    return {
        toolchain: d.toolchain,
        "chosen by": d.source === undefined ? null : `${d.source}: ${d.reason ?? ""}`,
        rustc: d.rustcVersion ?? null,
        host: d.host ?? null,
        profile: d.profile ?? null,
        components: list(d.components),
        targets: list(d.targets),
        installer: d.installer ?? null,
        "dist server": d.distServer,
        cache: d.cacheHit ? `hit${d.cacheSource ? ` (${d.cacheSource})` : ""}` : "miss",
        cachekey: d.cachekey || null,
        downloaded: d.bytesDownloaded === undefined
            ? d.installer === "rustup"
                ? "not reported by rustup"
                : null
            : bytes(d.bytesDownloaded),
        available: d.available,
    };
}
function result_setupResult(input) {
    const { details } = input;
    const version = details.rustcVersion ?? details.toolchain;
    let conclusion = "success";
    let title = `Rust ${version} (${details.installer}, cache ${details.cacheHit ? "hit" : "miss"})`;
    if (input.failure !== undefined) {
        conclusion = "failure";
        title = `Rust ${details.toolchain} could not be set up: ${input.failure.split("\n")[0]}`;
    }
    else if (!details.available) {
        conclusion = "neutral";
        title = `Rust ${details.toolchain} is not available for ${details.host ?? "this host"}`;
    }
    return {
        schema: RESULT_SCHEMA,
        action: "setup-rust",
        conclusion,
        title,
        facts: facts(details),
        reasons: input.reasons,
        details,
        timings: input.timings,
        startedAt: input.startedAt.toISOString(),
        finishedAt: input.finishedAt.toISOString(),
    };
}
/** What the shared summary renderer does not show: the full `rustc -vV` and a failure's whole text. */
function renderExtraSummary(result, failure) {
    const parts = [];
    if (failure?.includes("\n"))
        parts.push("```text", failure, "```", "");
    if (result.details.rustcVerbose) {
        parts.push("<details><summary><code>rustc -vV</code></summary>", "", "```text", result.details.rustcVerbose, "```", "", "</details>", "");
    }
    return parts.join("\n");
}

;// CONCATENATED MODULE: ../toolchain/src/setup/probe-record.ts

/**
 * The probe of a dist-installed toolchain, recorded beside it in the tool cache. The directory
 * never changes after its atomic install (a moving channel gets a new cache key), so on a cache
 * hit the record answers for the binaries and saves two process spawns.
 */
function probeRecordPath(toolchainDir) {
    return `${toolchainDir}.probe.json`;
}
function probe_record_readProbeRecord(toolchainDir) {
    try {
        const record = JSON.parse(readFileSync(probeRecordPath(toolchainDir), "utf8"));
        const rustc = record.rustc;
        if (typeof rustc?.release !== "string" ||
            typeof rustc.host !== "string" ||
            typeof rustc.text !== "string") {
            return undefined; // an older record's shape: probe the binaries
        }
        return typeof record.cargoVersion === "string" ? { rustc, cargoVersion: record.cargoVersion } : { rustc };
    }
    catch {
        return undefined; // absent or unreadable: probe the binaries
    }
}
function probe_record_writeProbeRecord(toolchainDir, probe) {
    try {
        writeFileSync(probeRecordPath(toolchainDir), `${JSON.stringify(probe)}\n`);
    }
    catch {
        // A read-only tool cache only costs the next run two spawns.
    }
}

;// CONCATENATED MODULE: ../toolchain/src/setup/shims.ts



/**
 * How `$CARGO_HOME/bin/<tool>` reaches the installed toolchain, per platform.
 * - POSIX: a symlink. rustc finds its sysroot from its real path, so the symlink behaves exactly
 *   like the binary itself.
 * - Windows: no `.exe` copies, because a copied rustc.exe looks for rustc_driver-*.dll and its
 *   sysroot next to the copy and fails. Instead `<tool>.cmd` (for cmd, PowerShell and anything that
 *   honours PATHEXT) plus an extension-less `#!/bin/sh` script (for Git Bash / MSYS, where
 *   `$CARGO_HOME/bin/cargo` is spelled literally, as CPython's Makefile does).
 */
function shims_planShims(toolchainBin, cargoBin, executables, platform) {
    if (platform !== "win32") {
        return executables.map((name) => ({
            kind: "symlink",
            path: join(cargoBin, name),
            target: join(toolchainBin, name),
        }));
    }
    return executables
        .filter((name) => name.toLowerCase().endsWith(".exe"))
        .flatMap((exe) => {
        const tool = exe.slice(0, -".exe".length);
        const target = win32.join(toolchainBin, exe);
        return [
            {
                kind: "file",
                path: win32.join(cargoBin, `${tool}.cmd`),
                content: `@"${target}" %*\r\n`,
                mode: 0o755,
            },
            {
                kind: "file",
                path: win32.join(cargoBin, tool),
                content: `#!/bin/sh\nexec '${target.split(win32.sep).join(posix.sep).replace(/'/g, `'\\''`)}' "$@"\n`,
                mode: 0o755,
            },
        ];
    });
}
/**
 * Writes the shims, replacing earlier shims or links of the same name. Returns the paths written.
 *
 * `$CARGO_HOME` is often shared by several jobs or steps at once, so each shim is made under a temporary name
 * beside its final one and renamed into place: the replacement is atomic, a concurrent writer never sees EEXIST
 * and a reader never finds the name missing or half written. The last rename wins; all writers agree anyway.
 */
function shims_applyShims(actions, cargoBin) {
    mkdirSync(cargoBin, { recursive: true });
    for (const action of actions) {
        const temp = `${action.path}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
        try {
            if (action.kind === "symlink") {
                symlinkSync(action.target, temp);
            }
            else {
                writeFileSync(temp, action.content, { mode: action.mode });
                chmodSync(temp, action.mode);
            }
            renameSync(temp, action.path);
        }
        catch (error) {
            rmSync(temp, { force: true });
            throw error;
        }
    }
    return actions.map((a) => a.path);
}
/** The toolchain's programs: every entry of its `bin` (on Windows only `.exe` are shimmed). */
function shims_listExecutables(toolchainBin) {
    return readdirSync(toolchainBin, { withFileTypes: true })
        .filter((entry) => entry.isFile() || entry.isSymbolicLink())
        .map((entry) => entry.name)
        .sort();
}

;// CONCATENATED MODULE: ../toolchain/src/setup/setup.ts
// The whole setup behind one call: resolve → choose the installer → install with rustup or from the dist server →
// probe the installed binaries → environment and shims for later steps → the result. Plain TypeScript: the action
// passes the runner's environment, the Actions cache and a log, and applies what comes back.











const exe = (name, platform) => (platform === "win32" ? `${name}.exe` : name);
/** What one run collects for its result: phase timings, reasons, and the details so far. */
class SetupRun {
    deps;
    startedAt = new Date();
    timings = {};
    reasons = [];
    details;
    constructor(request, deps) {
        this.deps = deps;
        this.details = {
            available: true,
            toolchain: request.toolchain ?? "(not resolved)",
            components: request.components,
            targets: request.targets,
            distServer: request.distServer.distServer,
            cacheHit: false,
        };
    }
    async time(phase, body) {
        const started = performance.now();
        try {
            return await body();
        }
        finally {
            this.timings[phase] = Math.round((this.timings[phase] ?? 0) + performance.now() - started);
        }
    }
    /** Said once: published as an annotation with the result, within GitHub's limits. */
    warn(code, message, file) {
        this.reasons.push({ level: "warning", code, message, ...(file !== undefined && { file }) });
    }
    result(failure) {
        return setupResult({
            details: this.details,
            reasons: this.reasons,
            timings: this.timings,
            ...(failure !== undefined && { failure }),
            startedAt: this.startedAt,
            finishedAt: new Date(),
        });
    }
}
/**
 * Never throws for the user's problems (a bad name, a missing release, a broken mirror): they come
 * back as `failure` with a result that says so. Anything else thrown is a bug.
 */
async function setupToolchain(request, deps) {
    const run = new SetupRun(request, deps);
    try {
        const environment = await setup(run, request);
        return { result: run.result(), ...(environment && { environment }) };
    }
    catch (error) {
        if (!(error instanceof UserError))
            throw error;
        return { result: run.result(error.message), failure: error };
    }
}
async function setup(run, request) {
    const { details, deps } = run;
    const homes = toolHomes(deps.env, deps.home);
    const installer = await chooseInstaller(request.installer, deps.env, homes, deps.platform, request.verifySignature);
    const { resolved, msrv } = await run.time("resolve", async () => {
        const setup = await resolveSetup({
            ...(request.toolchain !== undefined && { toolchain: request.toolchain }),
            workingDirectory: request.workingDirectory,
            components: request.components,
            targets: request.targets,
            ...(request.profile !== undefined && { profile: request.profile }),
            requirePinned: request.requirePinned,
            ...(request.msrvFrom !== undefined && { msrvFrom: request.msrvFrom }),
            host: (await setupHost(installer.kind)).host,
            env: deps.env,
        });
        details.toolchain = setup.resolved.toolchain;
        for (const w of setup.warnings)
            run.warn(w.code, w.message, w.file);
        if (setup.msrvCheck)
            deps.log.info(setup.msrvCheck.message);
        return setup;
    });
    Object.assign(details, {
        toolchain: resolved.toolchain,
        source: resolved.source,
        reason: resolved.reason,
        ...(resolved.file !== undefined && { file: resolved.file }),
        profile: resolved.profile,
        components: resolved.components,
        targets: resolved.targets,
        installer: installer.kind,
        host: resolved.host,
    });
    deps.log.info(`Toolchain ${resolved.toolchain}: ${resolved.reason}; installer: ${installer.kind}`);
    let outcome;
    try {
        outcome = await run.time("install", () => deps.log.group(`Installing ${resolved.toolchain} with ${installer.kind}`, () => installToolchain({
            resolved,
            installer,
            distServer: request.distServer.distServer,
            verifySignature: request.verifySignature,
            toolCache: deps.toolCache,
            homes,
            cache: deps.cache,
            log: {
                info: (m) => deps.log.info(m),
                warning: (m) => run.warn("install", m),
                debug: (m) => deps.log.debug(m),
                untrusted: (body) => deps.log.untrusted(body),
            },
        })));
    }
    catch (error) {
        if (!(request.optional && isUnavailable(error, resolved.host)))
            throw error;
        details.available = false;
        run.warn("toolchain-unavailable", `${errorMessage(error)} (optional: true, so the step continues without Rust)`);
        return undefined;
    }
    Object.assign(details, {
        cacheHit: outcome.cacheHit,
        ...(outcome.cacheSource !== undefined && { cacheSource: outcome.cacheSource }),
        cachekey: outcome.cachekey,
        ...(outcome.bytesDownloaded !== undefined && { bytesDownloaded: outcome.bytesDownloaded }),
    });
    for (const [phase, ms] of Object.entries(outcome.timings))
        run.timings[`install: ${phase}`] = Math.round(ms);
    const bin = join(outcome.toolchainDir, "bin");
    const probe = await run.time("probe", () => probeInstalled(outcome, installer.kind, bin, deps));
    Object.assign(details, {
        rustcVerbose: probe.rustc.text,
        rustcPath: join(bin, exe("rustc", deps.platform)),
        rustcVersion: probe.rustc.release,
        rustcCommitHash: probe.rustc.commitHash,
        ...(probe.cargoVersion !== undefined && { cargoVersion: probe.cargoVersion }),
        host: probe.rustc.host,
    });
    deps.log.info(probe.rustc.text);
    if (msrv) {
        // A moving channel can only be judged now that we know which release it gave us.
        const check = checkMsrv({ ...resolved, kind: "official", channel: probe.rustc.release }, msrv);
        if (check.error)
            throw check.error;
    }
    return run.time("environment", async () => configureEnvironment(resolved, installer.kind, outcome, homes, deps));
}
/**
 * The host to install for. The dist installer installs for this machine, which node's platform,
 * arch and libc name unambiguously on the usual runners, so it skips spawning `rustc -vV` (through a
 * rustup proxy that costs ~0.1 s); rustup installs for its own default host, which the active rustc
 * reports. Either way an unknown platform falls back to asking rustc.
 */
async function setupHost(installer) {
    if (installer === "dist") {
        try {
            return await detectHost({ rustc: false });
        }
        catch (error) {
            if (!(error instanceof HostDetectionError))
                throw error;
        }
    }
    return detectHost();
}
/**
 * Asks the installed binaries themselves (not a proxy on PATH) what they are. A dist install's
 * directory never changes, so a cache hit reads the answer recorded beside it instead; rustup may
 * update a moving channel in place, so it is always asked.
 */
async function probeInstalled(outcome, installer, bin, deps) {
    const recorded = installer === "dist" && outcome.cacheHit ? readProbeRecord(outcome.toolchainDir) : undefined;
    if (recorded)
        return recorded;
    if (outcome.probe) {
        // A fresh dist install ran and checked these very binaries before caching them.
        writeProbeRecord(outcome.toolchainDir, outcome.probe);
        return outcome.probe;
    }
    // Without RUSTUP_TOOLCHAIN, rustup proxies (if any) stay out of it.
    const env = { ...deps.env, RUSTUP_TOOLCHAIN: undefined };
    const rustc = join(bin, exe("rustc", deps.platform));
    const probe = await probeRustc(rustc, { env, cargo: join(bin, exe("cargo", deps.platform)) }).catch((error) => ({
        ok: false,
        problem: `${rustc} could not be started (${errorMessage(error)})`,
    }));
    if (!probe.ok)
        throw new UserError(`The installed toolchain does not work: ${probe.problem}.`);
    const fresh = {
        rustc: probe.rustc,
        ...(probe.cargoVersion !== undefined && { cargoVersion: probe.cargoVersion }),
    };
    if (installer === "dist")
        writeProbeRecord(outcome.toolchainDir, fresh);
    return fresh;
}
function configureEnvironment(resolved, installer, outcome, homes, deps) {
    const cargoBin = join(homes.cargoHome, "bin");
    const plan = planEnvironment({
        env: deps.env,
        homes,
        installer,
        source: resolved.source,
        toolchain: resolved.toolchain,
        toolchainDir: outcome.toolchainDir,
        rustupProxies: outcome.rustupProxies,
        platform: deps.platform,
    });
    if (plan.shims) {
        const bin = join(outcome.toolchainDir, "bin");
        try {
            applyShims(planShims(bin, cargoBin, listExecutables(bin), deps.platform), cargoBin);
        }
        catch (error) {
            throw new UserError(`Could not write the shims in ${cargoBin} (${errorMessage(error)}); check that CARGO_HOME is a writable directory.`);
        }
    }
    for (const note of plan.notes)
        deps.log.info(note);
    return { exports: plan.exports, paths: [...plan.paths, ...outcome.extraPaths] };
}

;// CONCATENATED MODULE: ../toolchain/src/setup/index.ts
// The whole setup of a toolchain for a CI job, behind `setupToolchain`; `resolveSetup` is its first step alone.









;// CONCATENATED MODULE: ../toolchain/src/index.ts
// Toolchain resolution (which toolchain, exactly as rustup would pick it) and installation
// (from a dist server, verified, atomically) are separate concerns with separate entry points.





;// CONCATENATED MODULE: ../policy/src/conformance/hide-rust.ts




/** The executables a rustup or distro Rust puts on PATH; a shadow directory leaves them all out. */
const RUST_TOOLS = [
    "cargo",
    "rustc",
    "rustup",
    "rustdoc",
    "rustfmt",
    "cargo-fmt",
    "cargo-clippy",
    "clippy-driver",
    "cargo-miri",
    "rust-analyzer",
    "rust-gdb",
    "rust-gdbgui",
    "rust-lldb",
];
const WINDOWS_SUFFIXES = [".exe", ".cmd", ".bat", ".com"];
/**
 * A copy of `env` in which no Rust can be found, without touching the disk: CARGO, RUSTC and
 * RUSTUP_TOOLCHAIN unset, CARGO_HOME pointing at an empty temp dir, and each PATH directory
 * holding cargo or rustc replaced. On POSIX the replacement is a temp "shadow" directory of
 * symlinks to everything else in it, so a distro Rust in /usr/bin is hidden while sed, cc and sh
 * stay usable; on Windows (no unprivileged symlinks) the directory is dropped.
 */
async function hideRust(env, options = {}) {
    const platform = options.platform ?? process.platform;
    const ctx = { env, platform, ...(options.probe ? { probe: options.probe } : {}) };
    const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_namespaceObject.tmpdir)(), "oxidize-no-rust-"));
    const cargoHome = (0,external_node_path_.join)(root, "cargo-home");
    await (0,promises_.mkdir)(cargoHome);
    const replacedPathDirs = [];
    const newPath = [];
    let shadowCount = 0;
    for (const dir of pathDirectories(ctx)) {
        const hasRust = (await findInDirectory(dir, "cargo", ctx)) !== undefined ||
            (await findInDirectory(dir, "rustc", ctx)) !== undefined;
        if (!hasRust) {
            newPath.push(dir);
            continue;
        }
        if (platform === "win32") {
            replacedPathDirs.push({ dir, shadow: null });
            continue;
        }
        const shadow = (0,external_node_path_.join)(root, `path-${shadowCount++}`);
        await shadowDirectory(dir, shadow);
        replacedPathDirs.push({ dir, shadow });
        newPath.push(shadow);
    }
    const hidden = {};
    for (const [key, value] of Object.entries(env)) {
        const upper = platform === "win32" ? key.toUpperCase() : key;
        if (upper === "CARGO" || upper === "RUSTC" || upper === "RUSTUP_TOOLCHAIN" || upper === "CARGO_HOME")
            continue;
        if (upper === "PATH")
            continue;
        hidden[key] = value;
    }
    const pathKey = platform === "win32" ? (Object.keys(env).find((k) => k.toUpperCase() === "PATH") ?? "PATH") : "PATH";
    hidden[pathKey] = newPath.join(platform === "win32" ? ";" : ":");
    hidden["CARGO_HOME"] = cargoHome;
    return {
        env: hidden,
        replacedPathDirs,
        cargoHome,
        cleanup: () => (0,promises_.rm)(root, { recursive: true, force: true }),
    };
}
function isRustTool(name) {
    const lower = name.toLowerCase();
    return RUST_TOOLS.some((tool) => lower === tool || WINDOWS_SUFFIXES.some((ext) => lower === tool + ext));
}
async function shadowDirectory(dir, shadow) {
    await (0,promises_.mkdir)(shadow);
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir);
    }
    catch {
        return;
    }
    await Promise.all(entries.filter((name) => !isRustTool(name)).map((name) => (0,promises_.symlink)((0,external_node_path_.join)(dir, name), (0,external_node_path_.join)(shadow, name))));
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/semver@7.8.6/node_modules/semver/index.js
var semver = __nccwpck_require__(6388);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
;// CONCATENATED MODULE: ../policy/src/errors.ts

/**
 * A problem with a policy or a policy file: unknown preset, unreadable or malformed file, a value
 * outside the schema. The message names the file, the key path and what was expected, so it can be
 * shown to the user as is.
 */
class PolicyError extends src/* UserError */.yo {
    /** The file (or preset name) the problem is in, when there is one. */
    file;
    /** Every problem found, one line each; `message` joins them. */
    problems;
    constructor(problems, file) {
        const list = typeof problems === "string" ? [problems] : problems;
        super(list.join("\n"));
        this.file = file;
        this.problems = list;
    }
}

;// CONCATENATED MODULE: ../policy/src/facts/errors.ts

/**
 * A fact could not be established from what the user gave us: a malformed input, a source tree
 * without a readable version, unbalanced quotes in configure arguments. The message names the
 * input or file and says how to fix it; adapters turn it into their own configuration error.
 */
class FactsError extends PolicyError {
}

;// CONCATENATED MODULE: ../policy/src/version.ts
/**
 * CPython versions as policy sees them: `major.minor` only (micro and release level never change
 * which phase applies), compared numerically so that 3.9 < 3.10.
 */


// "3.15", "3.15.1", "3.15.0a2", "3.15.0rc1", "3.16.0b1+", "3.14t" (free-threaded) — anything past
// major.minor is kept in `full`.
const VERSION_PATTERN = /^(\d+)\.(\d+)(?:\.\d+)?(?:(?:a|b|rc)\d+)?\+?(t)?$/;
function isPythonVersion(text) {
    return VERSION_PATTERN.test(text.trim());
}
/** Parse "3.15" / "3.15.0a2"; throws PolicyError naming `what` (e.g. "python-version input"). */
function parsePythonVersion(text, what = "Python version") {
    const trimmed = text.trim();
    const match = VERSION_PATTERN.exec(trimmed);
    if (!match) {
        throw new PolicyError(`${what} must look like "3.15", "3.15.0a2" or "3.14t" (got ${JSON.stringify(text)})`);
    }
    const version = { major: Number(match[1]), minor: Number(match[2]) };
    if (match[3])
        version.freeThreaded = true;
    if (trimmed !== `${version.major}.${version.minor}`)
        version.full = trimmed;
    return version;
}
function toVersion(version) {
    return typeof version === "string" ? parsePythonVersion(version) : version;
}
/** Negative when a < b, 0 when equal, positive when a > b (major.minor only). */
function comparePythonVersions(a, b) {
    const x = toVersion(a);
    const y = toVersion(b);
    return x.major - y.major || x.minor - y.minor;
}
/** "3.15" — the form phases and reports use. */
function version_formatPythonVersion(version) {
    return `${version.major}.${version.minor}`;
}
/** The next minor version: 3.15 → 3.16. */
function nextPythonVersion(version) {
    const v = toVersion(version);
    return `${v.major}.${v.minor + 1}`;
}
/** The previous minor version: 3.15 → 3.14 (3.0 has none). */
function previousPythonVersion(version) {
    const v = toVersion(version);
    return v.minor > 0 ? `${v.major}.${v.minor - 1}` : undefined;
}
/** Whether `version` lies in the phase's inclusive range (an open end matches everything). */
function phaseContains(phase, version) {
    const v = toVersion(version);
    if (phase.from !== undefined && comparePythonVersions(v, phase.from) < 0)
        return false;
    if (phase.until !== undefined && comparePythonVersions(v, phase.until) > 0)
        return false;
    return true;
}
/** The first phase of `policy` whose range contains `version`, or undefined when none does. */
function phaseFor(policy, version) {
    const v = toVersion(version);
    return policy.phases.find((phase) => phaseContains(phase, v));
}
/** "≤ 3.14", "3.15", "3.16–3.17", "≥ 3.18", "all versions" — for tables and messages. */
function describeRange(phase) {
    const { from, until } = phase;
    if (from === undefined && until === undefined)
        return "all versions";
    if (from === undefined)
        return `≤ ${until}`;
    if (until === undefined)
        return `≥ ${from}`;
    return comparePythonVersions(from, until) === 0 ? from : `${from}–${until}`;
}
/** A Rust version as Cargo's `rust-version` accepts it: 1.95 or 1.95.0 (no pre-release). */
const RUST_VERSION = /^\d+\.\d+(\.\d+)?$/;
/** Checks a Rust version given as an input (`msrv`, an assumed release); `what` names it. */
function checkRustVersion(value, what) {
    const trimmed = value.trim();
    if (!RUST_VERSION.test(trimmed)) {
        throw new FactsError(`${what}: '${value}' is not a Rust version; write it like Cargo's rust-version, e.g. 1.95.`);
    }
    return trimmed;
}

;// CONCATENATED MODULE: ../policy/src/evaluate.ts
/**
 * The decision: what configure would do for one build under a policy. Pure and deterministic: the
 * same (policy, facts) always gives the same verdict, with messages worded like configure's own
 * (`configure: WARNING: …`, `configure: error: …`) so they read naturally next to a real build log.
 *
 * Rules beyond the phase table (documented in README.md):
 * - `--with-rust` / `--with-rust=yes` is a demand: if Rust is missing, too old or has no target, the
 *   build fails in every phase that uses Rust. In a phase that does not use Rust at all, the flag (like
 *   `--with-rust=no`) is accepted and has no effect.
 * - `--with-rust=no` turns the Rust modules off without a warning where the phase accepts it, and
 *   fails where it does not (Rust required).
 * - Rust modules are built only when the phase builds them, Rust is usable and not opted out.
 */



const RUSTUP = "https://rustup.rs";
const OPT_OUT_HINT = "pass --with-rust=no to build without the Rust extension modules";
const SEVERITY = { pass: 0, warn: 1, fail: 2 };
function outcomeOf(reaction) {
    return reaction === "ignore" ? "pass" : reaction;
}
/** Prefix a line the way configure prints it for this outcome. */
function configureLine(outcome, text) {
    if (outcome === "fail")
        return `configure: error: ${text}`;
    if (outcome === "warn")
        return `configure: WARNING: ${text}`;
    return text;
}
function reason(code, outcome, text) {
    return { code, outcome, message: configureLine(outcome, text) };
}
/** Rust versions as cargo compares `rust-version`: "1.95" = 1.95.0, pre-release tags ignored. */
function rustSemver(version, what) {
    const parsed = semver_default().coerce(version);
    if (!parsed)
        throw new PolicyError(`${what} must be a Rust version like "1.95" (got ${JSON.stringify(version)})`);
    return parsed;
}
/** What configure would do for this build under `policy`. */
function evaluate(policy, facts) {
    const python = `CPython ${version_formatPythonVersion(facts.python)}`;
    const phase = phaseFor(policy, facts.python);
    if (!phase) {
        return verdict("none", false, "skip", [
            reason("no-phase", "fail", `policy ${policy.name} has no phase for ${python}; add a phase whose from/until range contains it`),
        ]);
    }
    const { withRust } = facts.configure;
    const flag = facts.configure.flag ?? (withRust === "no" ? "--with-rust=no" : "--with-rust");
    const context = { policy, phase, facts, python, flag, explicit: withRust === "yes" };
    if (!phase.rustUsed) {
        const effect = withRust === "default" ? "" : `; ${flag} is accepted and has no effect`;
        return verdict(phase.id, false, "skip", [
            reason("rust-not-used", "pass", `${python} does not use Rust: configure does not look for it${effect}`),
        ]);
    }
    if (withRust === "no") {
        if (!phase.optOutAccepted) {
            return verdict(phase.id, true, "skip", [
                reason("opt-out-rejected", "fail", `${flag} is no longer supported: Rust is required to build ${python}; install Rust (${RUSTUP}) and drop ${flag}`),
            ]);
        }
        return verdict(phase.id, false, "skip", [
            reason("opt-out", "pass", `Rust extension modules disabled by ${flag}; building ${python} without them`),
        ]);
    }
    const rustRequired = phase.rustRequired || context.explicit || phase.whenMissing === "fail";
    const problems = rustProblems(context);
    if (problems.length === 0) {
        const release = facts.rust.release ? `rustc ${facts.rust.release}` : "Rust";
        const target = facts.platform.rustTarget ? ` for ${facts.platform.rustTarget}` : "";
        const modules = phase.buildModules
            ? "the Rust extension modules will be built"
            : `this phase does not build Rust extension modules`;
        return verdict(phase.id, rustRequired, phase.buildModules ? "build" : "skip", [
            reason("rust-ok", "pass", `checking for Rust... ${release}${target}: ${modules}`),
        ]);
    }
    return verdict(phase.id, rustRequired, "skip", problems);
}
function verdict(phase, rustRequired, rustModules, reasons) {
    // The headline is the first of the worst reasons: callers list the root cause first.
    const worst = reasons.reduce((a, b) => (SEVERITY[b.outcome] > SEVERITY[a.outcome] ? b : a));
    return { outcome: worst.outcome, phase, rustRequired, rustModules, reasons, message: worst.message };
}
/** Why Rust cannot build the modules for this build, root cause first; empty when it can. */
function rustProblems(context) {
    const { facts, phase } = context;
    const { rust, platform } = facts;
    if (!rust.available)
        return [missingReason(context)];
    if (platform.rustTarget === null)
        return [noTargetReason(context)];
    const problems = [];
    const tooOld = tooOldReason(context);
    if (tooOld)
        problems.push(tooOld);
    const target = platform.rustTarget;
    if (rust.installedTargets !== undefined && !rust.installedTargets.includes(target)) {
        const text = platform.rustStdShipped === false
            ? {
                problem: `rustup ships no standard library for ${target} (Rust tier ${platform.rustTier ?? 3})`,
                fix: "build one with nightly cargo -Zbuild-std",
            }
            : {
                problem: `the Rust standard library for ${target} is not installed`,
                fix: `run \`rustup target add ${target}\``,
            };
        problems.push(reacting(context, phase.whenNoTarget, "rust-target-not-installed", text));
    }
    return problems;
}
/** One problem under the phase's reaction, or `fail` whatever the phase says when --with-rust was demanded. */
function reacting(context, reaction, code, text) {
    const { phase, python, flag } = context;
    if (context.explicit) {
        const explicitCode = code === "rust-missing" ? "explicit-with-rust-missing" : code;
        const fix = text.fix ? `${text.fix}, or drop ${flag}` : `drop ${flag}`;
        return reason(explicitCode, "fail", `${flag} was given but ${text.problem}; ${fix}`);
    }
    const outcome = outcomeOf(reaction);
    if (outcome === "fail") {
        const ways = [text.fix, phase.optOutAccepted ? OPT_OUT_HINT : undefined].filter((way) => way !== undefined);
        const fix = ways.length > 0 ? ways.join(", or ") : `${python} cannot be built on this platform`;
        return reason(code, "fail", `Rust is required to build ${python} but ${text.problem}; ${fix}`);
    }
    const consequence = phase.buildModules
        ? `building ${python} without its Rust extension modules`
        : "Rust is not usable for this build";
    if (outcome === "warn") {
        const remedy = text.fix && phase.buildModules ? `. To build them, ${text.fix}` : "";
        const silence = phase.optOutAccepted ? "; pass --with-rust=no to silence this warning" : "";
        return reason(code, "warn", `${text.problem}; ${consequence}${remedy}${silence}`);
    }
    return reason(code, "pass", `${text.problem}; ${consequence}`);
}
function missingReason(context) {
    const { rust } = context.facts;
    let problem;
    if (rust.assumed === "absent")
        problem = "Rust is assumed absent";
    else if (rust.cargo.path && !rust.rustc.path)
        problem = "rustc was not found";
    else if (rust.rustc.path && !rust.cargo.path)
        problem = "cargo was not found";
    else if (rust.cargo.path && rust.rustc.path)
        problem = `Rust does not work (${rust.problem ?? "rustc -vV failed"})`;
    // Both missing is the usual case (no Rust installed): name both, then where we looked.
    else
        problem = `neither cargo nor rustc was found${rust.problem ? ` (${rust.problem})` : ""}`;
    return reacting(context, context.phase.whenMissing, "rust-missing", {
        problem,
        fix: `install Rust (${RUSTUP})`,
    });
}
function noTargetReason(context) {
    return reacting(context, context.phase.whenNoTarget, "no-rust-target", {
        problem: `Rust has no target for host ${context.facts.platform.triplet}`,
    });
}
function tooOldReason(context) {
    const { facts, phase, policy } = context;
    const release = facts.rust.release;
    const msrv = facts.msrv?.version ?? phase.msrv ?? policy.msrv;
    if (!release || !msrv)
        return undefined;
    const source = facts.msrv?.source ?? (phase.msrv ? `policy ${policy.name}, phase ${phase.id}` : `policy ${policy.name}`);
    if (!semver_default().lt(rustSemver(release, "rustc release"), rustSemver(msrv, `MSRV (${source})`)))
        return undefined;
    return reacting(context, phase.whenTooOld, "rust-too-old", {
        problem: `rustc ${release} is older than the minimum supported Rust version ${msrv} (${source})`,
        fix: `run \`rustup update\` or install Rust ${msrv} or newer (${RUSTUP})`,
    });
}

;// CONCATENATED MODULE: ../policy/src/platforms/tier-data.ts
const TIER_SOURCES = {
    rust: "rust-lang/rust src/doc/rustc/src/platform-support.md @00236a0d (+ rows corrected to rustc 1.95.0); rust-std/rustc availability from the 1.95.0 channel manifest",
    pep11: "python/peps peps/pep-0011.rst @98ae5f42",
};
const RUST_TARGET_TABLE = [
    { target: "aarch64-apple-darwin", tier: 1, hostTools: true, std: "full", shipped: true },
    { target: "aarch64-pc-windows-msvc", tier: 1, hostTools: true, std: "full", shipped: true },
    { target: "aarch64-unknown-linux-gnu", tier: 1, hostTools: true, std: "full", shipped: true },
    { target: "i686-pc-windows-msvc", tier: 1, hostTools: true, std: "full", shipped: true },
    { target: "i686-unknown-linux-gnu", tier: 1, hostTools: true, std: "full", shipped: true },
    { target: "x86_64-pc-windows-gnu", tier: 1, hostTools: true, std: "full", shipped: true },
    { target: "x86_64-pc-windows-msvc", tier: 1, hostTools: true, std: "full", shipped: true },
    { target: "x86_64-unknown-linux-gnu", tier: 1, hostTools: true, std: "full", shipped: true },
    { target: "aarch64-pc-windows-gnullvm", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "aarch64-unknown-linux-musl", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "aarch64-unknown-linux-ohos", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "arm-unknown-linux-gnueabi", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "arm-unknown-linux-gnueabihf", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "armv7-unknown-linux-gnueabihf", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "armv7-unknown-linux-ohos", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "i686-pc-windows-gnu", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "loongarch64-unknown-linux-gnu", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "loongarch64-unknown-linux-musl", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "powerpc-unknown-linux-gnu", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "powerpc64-unknown-linux-gnu", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "powerpc64-unknown-linux-musl", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "powerpc64le-unknown-linux-gnu", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "powerpc64le-unknown-linux-musl", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "riscv64gc-unknown-linux-gnu", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "s390x-unknown-linux-gnu", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "sparcv9-sun-solaris", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "x86_64-apple-darwin", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "x86_64-pc-solaris", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "x86_64-pc-windows-gnullvm", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "x86_64-unknown-freebsd", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "x86_64-unknown-illumos", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "x86_64-unknown-linux-musl", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "x86_64-unknown-linux-ohos", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "x86_64-unknown-netbsd", tier: 2, hostTools: true, std: "full", shipped: true },
    { target: "aarch64-apple-ios", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "aarch64-apple-ios-macabi", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "aarch64-apple-ios-sim", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "aarch64-apple-tvos", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "aarch64-apple-tvos-sim", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "aarch64-apple-visionos", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "aarch64-apple-visionos-sim", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "aarch64-apple-watchos", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "aarch64-apple-watchos-sim", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "aarch64-linux-android", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "aarch64-unknown-fuchsia", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "aarch64-unknown-none", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "aarch64-unknown-none-softfloat", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "aarch64-unknown-uefi", tier: 2, hostTools: false, std: "unknown", shipped: true },
    { target: "arm-linux-androideabi", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "arm-unknown-linux-musleabi", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "arm-unknown-linux-musleabihf", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "arm64ec-pc-windows-msvc", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "armv5te-unknown-linux-gnueabi", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "armv5te-unknown-linux-musleabi", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "armv7-linux-androideabi", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "armv7-unknown-linux-gnueabi", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "armv7-unknown-linux-musleabi", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "armv7-unknown-linux-musleabihf", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "armv7a-none-eabi", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "armv7a-none-eabihf", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "armv7r-none-eabi", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "armv7r-none-eabihf", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "armv8r-none-eabihf", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "i586-unknown-linux-gnu", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "i586-unknown-linux-musl", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "i686-linux-android", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "i686-pc-windows-gnullvm", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "i686-unknown-freebsd", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "i686-unknown-linux-musl", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "i686-unknown-uefi", tier: 2, hostTools: false, std: "unknown", shipped: true },
    { target: "loongarch64-unknown-none", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "loongarch64-unknown-none-softfloat", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "nvptx64-nvidia-cuda", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "riscv32i-unknown-none-elf", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "riscv32im-unknown-none-elf", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "riscv32imac-unknown-none-elf", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "riscv32imafc-unknown-none-elf", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "riscv32imc-unknown-none-elf", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "riscv64a23-unknown-linux-gnu", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "riscv64gc-unknown-linux-musl", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "riscv64gc-unknown-none-elf", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "riscv64imac-unknown-none-elf", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "s390x-unknown-none-softfloat", tier: 2, hostTools: false, std: "no-std", shipped: false },
    { target: "sparc64-unknown-linux-gnu", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "thumbv6m-none-eabi", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "thumbv7a-none-eabi", tier: 2, hostTools: false, std: "no-std", shipped: false },
    { target: "thumbv7a-none-eabihf", tier: 2, hostTools: false, std: "no-std", shipped: false },
    { target: "thumbv7em-none-eabi", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "thumbv7em-none-eabihf", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "thumbv7m-none-eabi", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "thumbv7neon-linux-androideabi", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "thumbv7neon-unknown-linux-gnueabihf", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "thumbv7r-none-eabi", tier: 2, hostTools: false, std: "no-std", shipped: false },
    { target: "thumbv7r-none-eabihf", tier: 2, hostTools: false, std: "no-std", shipped: false },
    { target: "thumbv8m.base-none-eabi", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "thumbv8m.main-none-eabi", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "thumbv8m.main-none-eabihf", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "thumbv8r-none-eabihf", tier: 2, hostTools: false, std: "no-std", shipped: false },
    { target: "wasm32-unknown-emscripten", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "wasm32-unknown-unknown", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "wasm32-wasip1", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "wasm32-wasip1-threads", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "wasm32-wasip2", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "wasm32v1-none", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "x86_64-apple-ios", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "x86_64-apple-ios-macabi", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "x86_64-fortanix-unknown-sgx", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "x86_64-linux-android", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "x86_64-unknown-fuchsia", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "x86_64-unknown-linux-gnuasan", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "x86_64-unknown-linux-gnumsan", tier: 2, hostTools: false, std: "full", shipped: false },
    { target: "x86_64-unknown-linux-gnutsan", tier: 2, hostTools: false, std: "full", shipped: false },
    { target: "x86_64-unknown-linux-gnux32", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "x86_64-unknown-none", tier: 2, hostTools: false, std: "no-std", shipped: true },
    { target: "x86_64-unknown-redox", tier: 2, hostTools: false, std: "full", shipped: true },
    { target: "x86_64-unknown-uefi", tier: 2, hostTools: false, std: "unknown", shipped: true },
    { target: "aarch64-unknown-freebsd", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "aarch64-unknown-illumos", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "aarch64-unknown-linux-gnu_ilp32", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "aarch64-unknown-netbsd", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "aarch64-unknown-openbsd", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "aarch64_be-unknown-linux-gnu", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "aarch64_be-unknown-linux-gnu_ilp32", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "aarch64_be-unknown-linux-musl", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "aarch64_be-unknown-netbsd", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "arm64e-apple-darwin", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "armv6-unknown-freebsd", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "armv6-unknown-netbsd-eabihf", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "armv7-unknown-freebsd", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "armv7-unknown-linux-uclibceabi", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "armv7-unknown-netbsd-eabihf", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "i686-apple-darwin", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "i686-unknown-haiku", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "i686-unknown-hurd-gnu", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "i686-unknown-netbsd", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "i686-unknown-openbsd", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "mips-unknown-linux-gnu", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "mips64-unknown-linux-gnuabi64", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "mips64-unknown-linux-muslabi64", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "mips64el-unknown-linux-gnuabi64", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "mipsel-unknown-linux-gnu", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "mipsel-unknown-netbsd", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "mipsisa64r6el-unknown-linux-gnuabi64", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "powerpc-unknown-netbsd", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "powerpc64-unknown-freebsd", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "powerpc64-unknown-openbsd", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "powerpc64le-unknown-freebsd", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "riscv64gc-unknown-netbsd", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "riscv64gc-unknown-openbsd", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "sparc64-unknown-netbsd", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "sparc64-unknown-openbsd", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "x86_64-unknown-dragonfly", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "x86_64-unknown-haiku", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "x86_64-unknown-hurd-gnu", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "x86_64-unknown-openbsd", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "x86_64-win7-windows-msvc", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "x86_64h-apple-darwin", tier: 3, hostTools: true, std: "full", shipped: false },
    { target: "aarch64-kmc-solid_asp3", tier: 3, hostTools: false, std: "full", shipped: false },
    {
        target: "aarch64-nintendo-switch-freestanding",
        tier: 3,
        hostTools: false,
        std: "no-std",
        shipped: false,
    },
    { target: "aarch64-unknown-helenos", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "aarch64-unknown-hermit", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "aarch64-unknown-managarm-mlibc", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "aarch64-unknown-nto-qnx700", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "aarch64-unknown-nto-qnx710", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "aarch64-unknown-nto-qnx710_iosock", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "aarch64-unknown-nto-qnx800", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "aarch64-unknown-nuttx", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "aarch64-unknown-redox", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "aarch64-unknown-teeos", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "aarch64-unknown-trusty", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "aarch64-uwp-windows-msvc", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "aarch64-wrs-vxworks", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "aarch64_be-unknown-hermit", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "aarch64_be-unknown-none-softfloat", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "aarch64v8r-unknown-none", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "aarch64v8r-unknown-none-softfloat", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "amdgcn-amd-amdhsa", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "arm64_32-apple-watchos", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "arm64e-apple-ios", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "arm64e-apple-tvos", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "armebv7r-none-eabi", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "armebv7r-none-eabihf", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "armv4t-none-eabi", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "armv4t-unknown-linux-gnueabi", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "armv5te-none-eabi", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "armv5te-unknown-linux-uclibceabi", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "armv6-none-eabi", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "armv6-none-eabihf", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "armv6k-nintendo-3ds", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "armv7-rtems-eabihf", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "armv7-sony-vita-newlibeabihf", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "armv7-unknown-trusty", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "armv7-wrs-vxworks-eabihf", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "armv7a-kmc-solid_asp3-eabi", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "armv7a-kmc-solid_asp3-eabihf", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "armv7a-nuttx-eabi", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "armv7a-nuttx-eabihf", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "armv7a-vex-v5", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "armv7k-apple-watchos", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "armv7s-apple-ios", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "avr-none", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "bpfeb-unknown-none", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "bpfel-unknown-none", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "csky-unknown-linux-gnuabiv2", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "csky-unknown-linux-gnuabiv2hf", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "hexagon-unknown-linux-musl", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "hexagon-unknown-none-elf", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "hexagon-unknown-qurt", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "i386-apple-ios", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "i586-unknown-netbsd", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "i586-unknown-redox", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "i686-pc-nto-qnx700", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "i686-unknown-helenos", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "i686-uwp-windows-gnu", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "i686-uwp-windows-msvc", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "i686-win7-windows-gnu", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "i686-win7-windows-msvc", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "i686-wrs-vxworks", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "loongarch32-unknown-none", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "loongarch32-unknown-none-softfloat", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "loongarch64-unknown-linux-ohos", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "m68k-unknown-linux-gnu", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "m68k-unknown-none-elf", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "mips-mti-none-elf", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "mips-unknown-linux-musl", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "mips-unknown-linux-uclibc", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "mips64-openwrt-linux-musl", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "mips64el-unknown-linux-muslabi64", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "mipsel-mti-none-elf", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "mipsel-sony-psp", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "mipsel-sony-psx", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "mipsel-unknown-linux-musl", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "mipsel-unknown-linux-uclibc", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "mipsel-unknown-none", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "mipsisa32r6-unknown-linux-gnu", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "mipsisa32r6el-unknown-linux-gnu", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "mipsisa64r6-unknown-linux-gnuabi64", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "msp430-none-elf", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "powerpc-unknown-freebsd", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "powerpc-unknown-helenos", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "powerpc-unknown-linux-gnuspe", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "powerpc-unknown-linux-musl", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "powerpc-unknown-linux-muslspe", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "powerpc-unknown-openbsd", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "powerpc-wrs-vxworks", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "powerpc-wrs-vxworks-spe", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "powerpc64-ibm-aix", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "powerpc64-wrs-vxworks", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "riscv32-wrs-vxworks", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "riscv32e-unknown-none-elf", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "riscv32em-unknown-none-elf", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "riscv32emc-unknown-none-elf", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "riscv32gc-unknown-linux-gnu", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "riscv32gc-unknown-linux-musl", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "riscv32im-risc0-zkvm-elf", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "riscv32ima-unknown-none-elf", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "riscv32imac-esp-espidf", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "riscv32imac-unknown-nuttx-elf", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "riscv32imac-unknown-xous-elf", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "riscv32imafc-esp-espidf", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "riscv32imafc-unknown-nuttx-elf", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "riscv32imc-esp-espidf", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "riscv32imc-unknown-nuttx-elf", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "riscv64-linux-android", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "riscv64-wrs-vxworks", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "riscv64gc-unknown-freebsd", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "riscv64gc-unknown-fuchsia", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "riscv64gc-unknown-hermit", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "riscv64gc-unknown-managarm-mlibc", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "riscv64gc-unknown-nuttx-elf", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "riscv64gc-unknown-redox", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "riscv64im-unknown-none-elf", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "riscv64imac-unknown-nuttx-elf", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "s390x-unknown-linux-musl", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "sparc-unknown-linux-gnu", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "sparc-unknown-none-elf", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "sparc64-unknown-helenos", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "thumbv4t-none-eabi", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "thumbv5te-none-eabi", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "thumbv6-none-eabi", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "thumbv6m-nuttx-eabi", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "thumbv7a-nuttx-eabi", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "thumbv7a-nuttx-eabihf", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "thumbv7a-pc-windows-msvc", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "thumbv7a-uwp-windows-msvc", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "thumbv7em-nuttx-eabi", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "thumbv7em-nuttx-eabihf", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "thumbv7m-nuttx-eabi", tier: 3, hostTools: false, std: "full", shipped: false },
    {
        target: "thumbv7neon-unknown-linux-musleabihf",
        tier: 3,
        hostTools: false,
        std: "unknown",
        shipped: false,
    },
    { target: "thumbv8m.base-nuttx-eabi", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "thumbv8m.main-nuttx-eabi", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "thumbv8m.main-nuttx-eabihf", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "wasm32-wali-linux-musl", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "wasm32-wasip3", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "wasm64-unknown-unknown", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "x86_64-apple-tvos", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "x86_64-apple-watchos-sim", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "x86_64-lynx-lynxos178", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "x86_64-pc-cygwin", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "x86_64-pc-nto-qnx710", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "x86_64-pc-nto-qnx710_iosock", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "x86_64-pc-nto-qnx800", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "x86_64-unikraft-linux-musl", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "x86_64-unknown-helenos", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "x86_64-unknown-hermit", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "x86_64-unknown-l4re-uclibc", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "x86_64-unknown-linux-none", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "x86_64-unknown-managarm-mlibc", tier: 3, hostTools: false, std: "unknown", shipped: false },
    { target: "x86_64-unknown-motor", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "x86_64-unknown-trusty", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "x86_64-uwp-windows-gnu", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "x86_64-uwp-windows-msvc", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "x86_64-win7-windows-gnu", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "x86_64-wrs-vxworks", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "xtensa-esp32-espidf", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "xtensa-esp32-none-elf", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "xtensa-esp32s2-espidf", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "xtensa-esp32s2-none-elf", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "xtensa-esp32s3-espidf", tier: 3, hostTools: false, std: "full", shipped: false },
    { target: "xtensa-esp32s3-none-elf", tier: 3, hostTools: false, std: "no-std", shipped: false },
    { target: "armeb-unknown-linux-gnueabi", tier: 3, hostTools: null, std: "full", shipped: false },
    { target: "armv7-unknown-linux-uclibceabihf", tier: 3, hostTools: null, std: "full", shipped: false },
];
const PEP11_TABLE = [
    { triplet: "aarch64-apple-darwin", compiler: "clang", tier: 1, notes: "clang" },
    { triplet: "aarch64-unknown-linux-gnu", compiler: "gcc", tier: 1, notes: "glibc, gcc" },
    { triplet: "i686-pc-windows-msvc", compiler: "msvc", tier: 1, notes: "" },
    { triplet: "x86_64-pc-windows-msvc", compiler: "msvc", tier: 1, notes: "" },
    { triplet: "x86_64-unknown-linux-gnu", compiler: "gcc", tier: 1, notes: "glibc, gcc" },
    { triplet: "aarch64-unknown-linux-gnu", compiler: "clang", tier: 2, notes: "glibc, clang" },
    { triplet: "aarch64-pc-windows-msvc", compiler: "msvc", tier: 2, notes: "" },
    { triplet: "wasm32-unknown-wasip1", compiler: "clang", tier: 2, notes: "WASI SDK, Wasmtime" },
    { triplet: "x86_64-apple-darwin", compiler: "clang", tier: 2, notes: "macOS, clang" },
    { triplet: "x86_64-unknown-linux-gnu", compiler: "clang", tier: 2, notes: "glibc, clang" },
    { triplet: "aarch64-linux-android", compiler: "clang", tier: 3, notes: "" },
    { triplet: "arm64-apple-ios", compiler: "clang", tier: 3, notes: "iOS on device" },
    { triplet: "arm64-apple-ios-simulator", compiler: "clang", tier: 3, notes: "iOS on M1 macOS simulator" },
    {
        triplet: "armv7l-unknown-linux-gnueabihf",
        compiler: "gcc",
        tier: 3,
        notes: "32-bit Raspberry Pi OS, gcc",
    },
    { triplet: "aarch64-unknown-linux-gnu", compiler: "gcc", tier: 3, notes: "64-bit Raspberry Pi OS, gcc" },
    { triplet: "powerpc64le-unknown-linux-gnu", compiler: "clang", tier: 3, notes: "glibc, clang" },
    { triplet: "powerpc64le-unknown-linux-gnu", compiler: "gcc", tier: 3, notes: "glibc, gcc" },
    { triplet: "riscv64-unknown-linux-gnu", compiler: "clang", tier: 3, notes: "glibc, clang" },
    { triplet: "riscv64-unknown-linux-gnu", compiler: "gcc", tier: 3, notes: "glibc, gcc" },
    { triplet: "s390x-unknown-linux-gnu", compiler: "gcc", tier: 3, notes: "glibc, gcc" },
    { triplet: "wasm32-unknown-emscripten", compiler: "emcc", tier: 3, notes: "emcc" },
    { triplet: "x86_64-linux-android", compiler: "clang", tier: 3, notes: "" },
    { triplet: "x86_64-unknown-freebsd", compiler: "clang", tier: 3, notes: "BSD libc, clang" },
];

;// CONCATENATED MODULE: ../policy/src/platforms/rust-target.ts
/**
 * Autoconf/CPython host triplet → Rust target. CPython's prototype rewrites `$host` with a small
 * `case` and gets invalid Rust targets for armv7l, riscv64, s390x-ibm, Android, WASI, iOS and
 * versioned BSD hosts; here every candidate spelling is checked against rustc's real target list
 * (the tier table), so the answer is always a target rustc knows, or null.
 */

const KNOWN_TARGETS = new Set(RUST_TARGET_TABLE.map((row) => row.target));
/**
 * Architectures rustc has no target for at all (1.95 `--print target-list`): DEC Alpha, PA-RISC,
 * Itanium, SuperH, 31-bit s390, OpenRISC. CPython's own Misc/platform_triplet.c says "unknown" too.
 */
const NO_TARGET_ARCH = /^(alpha.*|hppa.*|parisc.*|ia64|sh(\d.*|eb)?|s390|or1k.*)$/;
/** Whether rustc has no target at all for this host's CPU architecture. */
function isArchWithoutRustTarget(triplet) {
    return NO_TARGET_ARCH.test(triplet.trim().toLowerCase().split("-")[0] ?? "");
}
/** Words that start the OS part, so `x86_64-linux-gnu` (no vendor) parses like `x86_64-pc-linux-gnu`. */
const OS_WORD = /^(linux|gnu|k?freebsd|netbsd|openbsd|dragonfly|darwin|macos|ios|tvos|watchos|visionos|solaris|illumos|aix|haiku|cygwin|mingw32|mingw64|msys|windows|wasi|wasip\d|emscripten|none|android|elf)/;
/** OS names autoconf suffixes with a release: freebsd14.1, darwin23.1.0, ios13.0, android24, … */
const VERSIONED_OS = /^(freebsd|netbsd|openbsd|dragonfly|darwin|macos|ios|tvos|watchos|visionos|solaris|aix|android|androideabi|haiku)(?:elf)?[\d.]*$/;
/** Rust spellings to try for a CPU name, best first. */
function archCandidates(arch, os) {
    if (os.startsWith("aix"))
        return ["powerpc64"]; // the only Rust AIX target; CPython on AIX builds 64-bit
    switch (arch) {
        case "arm64":
            return ["aarch64"];
        case "amd64":
        case "x64":
            return ["x86_64"];
        case "armv7l":
        case "armv7hl":
        case "armv7a":
        case "armv7":
        case "armv8l": // 32-bit userland on an ARMv8 kernel
            return ["armv7"];
        case "armv6l":
        case "armv6hl":
        case "armv6":
            return ["arm", "armv6"]; // Rust's arm-unknown-linux-gnueabi(hf) targets ARMv6
        case "armv5tel":
        case "armv5te":
            return ["armv5te"];
        case "riscv64":
            return ["riscv64gc", "riscv64"]; // Android spells it riscv64
        case "riscv32":
            return ["riscv32gc", "riscv32"];
        // No Rust target assumes less than a Pentium; i586 is the closest that does not need SSE2.
        // BSDs call every x86-32 machine i386 and only have i686 targets, hence the fallback.
        case "i386":
        case "i486":
        case "i586":
            return ["i586", "i686"];
        case "ppc":
            return ["powerpc"];
        case "ppc64":
            return ["powerpc64"];
        case "ppc64le":
        case "powerpc64el":
            return ["powerpc64le"];
        case "loong64":
            return ["loongarch64"];
        case "sparc64":
            return ["sparc64", "sparcv9"]; // Solaris calls it sparcv9
        default:
            return [arch];
    }
}
/** Rust spellings to try for one (arch, vendor, os) combination, best first. */
function targetCandidates(arch, vendor, os) {
    if (os.startsWith("linux-android"))
        return [`${arch}-${os.replace(/^linux-android(eabi)?.*$/, "linux-android$1")}`];
    if (arch === "armv7" && os === "linux-androideabi")
        return ["armv7-linux-androideabi"];
    if (arch === "wasm32" && /^wasi/.test(os)) {
        if (os.includes("threads"))
            return ["wasm32-wasip1-threads"];
        if (os.startsWith("wasip2"))
            return ["wasm32-wasip2"];
        return ["wasm32-wasip1"];
    }
    if (os === "gnu")
        return [`${arch}-unknown-hurd-gnu`];
    if (os.startsWith("mingw32") || os.startsWith("mingw64") || os === "windows-gnu") {
        return [`${arch}-pc-windows-gnu`, `${arch}-pc-windows-gnullvm`];
    }
    if (os.startsWith("windows"))
        return [`${arch}-pc-${os}`];
    if (os === "cygwin" || os === "msys")
        return [`${arch}-pc-cygwin`];
    if (os === "darwin" || os === "macos")
        return [`${arch}-apple-darwin`];
    if (os.startsWith("ios")) {
        if (os.endsWith("simulator") || os.endsWith("sim"))
            return [`${arch}-apple-ios-sim`, `${arch}-apple-ios`];
        if (os.endsWith("macabi"))
            return [`${arch}-apple-ios-macabi`];
        return [`${arch}-apple-ios`];
    }
    if (os.startsWith("solaris"))
        return [`${arch}-sun-solaris`, `${arch}-pc-solaris`];
    if (os === "aix")
        return [`${arch}-ibm-aix`];
    const oses = os === "linux" ? ["linux-gnu"] : [os];
    if (arch.startsWith("mips64") && os === "linux-gnu")
        oses.push("linux-gnuabi64");
    const out = [];
    for (const o of oses) {
        if (vendor !== undefined)
            out.push(`${arch}-${vendor}-${o}`);
        out.push(`${arch}-unknown-${o}`, `${arch}-${o}`);
    }
    return out;
}
/**
 * The Rust target for an autoconf/CPython host triplet, or null when rustc has none (alpha, hppa,
 * ia64, sh4, 31-bit s390, … or any spelling that leads to no known target).
 */
function rustTargetFor(triplet) {
    const host = triplet.trim().toLowerCase();
    if (host === "" || isArchWithoutRustTarget(host))
        return null;
    if (KNOWN_TARGETS.has(host))
        return host;
    const [arch = "", ...rest] = host.split("-");
    const hasVendor = rest.length > 1 && !OS_WORD.test(rest[0]);
    const vendor = hasVendor ? rest[0] : undefined;
    const os = (hasVendor ? rest.slice(1) : rest)
        .map((part) => part.replace(VERSIONED_OS, "$1"))
        .join("-")
        .replace(/^ios-?simulator$/, "ios-simulator");
    for (const rustArch of archCandidates(arch, os)) {
        for (const candidate of targetCandidates(rustArch, vendor, os)) {
            if (KNOWN_TARGETS.has(candidate))
                return candidate;
        }
    }
    return null;
}

;// CONCATENATED MODULE: ../policy/src/platforms/index.ts




const BY_TARGET = new Map(RUST_TARGET_TABLE.map((row) => [row.target, row]));
/** The tier-table row of a Rust target, when rustc knows it. */
function rustTargetInfo(target) {
    return BY_TARGET.get(target);
}
/** "gcc-12", "x86_64-linux-gnu-gcc", "clang-18", "cl.exe" → the compiler names PEP 11 uses. */
function normalizeCompiler(compiler) {
    const name = compiler.trim().toLowerCase();
    if (/clang/.test(name))
        return "clang";
    if (/emcc/.test(name))
        return "emcc";
    if (/gcc/.test(name))
        return "gcc";
    if (/(^|[/\\])cl(\.exe)?$|msvc/.test(name))
        return "msvc";
    return name;
}
/**
 * PEP 11 rows for the same platform as `triplet` (compared through their Rust target, so that
 * x86_64-pc-linux-gnu matches PEP 11's x86_64-unknown-linux-gnu), optionally for one compiler.
 */
function pep11EntriesFor(triplet, compiler) {
    const target = rustTargetFor(triplet);
    const wanted = compiler === undefined ? undefined : normalizeCompiler(compiler);
    return PEP11_TABLE.filter((entry) => (target !== null ? rustTargetFor(entry.triplet) === target : entry.triplet === triplet) &&
        (wanted === undefined || entry.compiler === wanted));
}
/**
 * Everything the policy needs to know about a host: its Rust target (null when Rust has none),
 * Rust tier, host tools, std, and its best PEP 11 tier (0 = not supported by CPython).
 */
function platformFacts(triplet, compiler) {
    const rustTarget = rustTargetFor(triplet);
    const tiers = pep11EntriesFor(triplet, compiler).map((entry) => entry.tier);
    const facts = {
        triplet,
        rustTarget,
        pep11Tier: (tiers.length > 0 ? Math.min(...tiers) : 0),
    };
    const info = rustTarget === null ? undefined : BY_TARGET.get(rustTarget);
    if (info) {
        facts.rustTier = info.tier;
        if (info.hostTools !== null)
            facts.hostTools = info.hostTools;
        facts.rustStd = info.std;
        facts.rustStdShipped = info.shipped;
    }
    return facts;
}
/** Every distinct triplet PEP 11 lists (any tier), in PEP 11's order. */
const PEP11_PLATFORMS = [...new Set(PEP11_TABLE.map((entry) => entry.triplet))];
/**
 * Architectures distributions still ship that PEP 11 does not list — the ones whose fate the
 * "Rust required" question decides (Gentoo's and Debian ports' concern in the pre-PEP thread).
 */
const NICHE_PLATFORMS = [
    "i686-pc-linux-gnu",
    "x86_64-pc-linux-musl",
    "arm-unknown-linux-gnueabi",
    "powerpc-unknown-linux-gnu",
    "powerpc64-unknown-linux-gnu",
    "loongarch64-unknown-linux-gnu",
    "mips-unknown-linux-gnu",
    "mipsel-unknown-linux-gnu",
    "mips64el-unknown-linux-gnuabi64",
    "sparc-unknown-linux-gnu",
    "sparc64-unknown-linux-gnu",
    "m68k-unknown-linux-gnu",
    "alpha-unknown-linux-gnu",
    "hppa-unknown-linux-gnu",
    "ia64-unknown-linux-gnu",
    "sh4-unknown-linux-gnu",
    "s390-ibm-linux-gnu",
];
/** Default rows of an impact report: PEP 11's platforms, then the niche architectures. */
const DEFAULT_IMPACT_PLATFORMS = [...PEP11_PLATFORMS, ...NICHE_PLATFORMS];

;// CONCATENATED MODULE: ../policy/src/tree/version-agreement.ts

/**
 * `given` is the parsed input (undefined for `auto`), `tree` what the tree declares (undefined
 * when it declares nothing). Only major.minor is compared: a tree does not say whether it will
 * be built free-threaded, so the input's `t` is kept whichever version is used.
 */
function reconcileVersions(given, tree, prefer, inputName = "python-version") {
    if (!given) {
        if (tree)
            return { version: tree };
        throw new Error("reconcileVersions needs the input or the tree's version");
    }
    const fromInput = { ...given, source: "input" };
    if (!tree || (tree.major === given.major && tree.minor === given.minor)) {
        return { version: fromInput };
    }
    const input = version_formatPythonVersion(given);
    const declared = version_formatPythonVersion(tree);
    const used = prefer === "tree" ? { ...tree, ...(given.freeThreaded ? { freeThreaded: true } : {}) } : fromInput;
    const disagreement = prefer === "tree"
        ? `Input '${inputName}' is ${input}, but the source tree's ${tree.source} says ${declared}: using ${declared}, ` +
            `the version configure and make will build. Set ${inputName} to auto (or ${declared}), check out the ${input} tree ` +
            `for this leg, or set trust-python-version: true to evaluate ${input} against this tree anyway.`
        : `Input '${inputName}' is ${input}, but the source tree's ${tree.source} says ${declared}: using ${input} ` +
            `(trust-python-version is true), although configure and make build ${declared}.`;
    return { version: used, disagreement };
}

;// CONCATENATED MODULE: ../policy/src/facts/configure-args.ts

/**
 * Reads the `--with-rust` family out of configure arguments. As with autoconf, the last flag of
 * the family wins: `--with-rust=no --with-rust` means "yes". `--without-rust` is autoconf's twin
 * of `--with-rust=no`; a bare `--with-rust` is an explicit demand like `--with-rust=yes`.
 * Values other than yes/no are kept as given ("yes" for anything but "no"), matching how
 * AC_ARG_WITH scripts usually test `"$with_rust" != no`.
 */
function parseConfigureArgs(input) {
    const args = typeof input === "string" ? (0,src/* parseCommand */.RM)(input, "configure-args") : [...input];
    let withRust = "default";
    let flag;
    for (const arg of args) {
        const decided = withRustOf(arg);
        if (decided !== undefined) {
            withRust = decided;
            flag = arg;
        }
    }
    return flag === undefined ? { withRust, args } : { withRust, flag, args };
}
function withRustOf(arg) {
    if (arg === "--without-rust")
        return "no";
    if (arg === "--with-rust")
        return "yes";
    if (arg.startsWith("--with-rust="))
        return arg.slice("--with-rust=".length) === "no" ? "no" : "yes";
    return undefined;
}

;// CONCATENATED MODULE: ../policy/src/facts/host-triplet.ts
/**
 * A best guess at the autoconf host triplet for the machine we run on, spelled like PEP 11
 * (which is what the platform tables are keyed by), in the spirit of config.guess. Used only
 * when neither the `target` input nor `rustc -vV` says.
 */
function guessHostTriplet(platform, arch, libc = "gnu") {
    const cpu = CPU[arch] ?? arch;
    switch (platform) {
        case "linux":
            if (cpu === "armv7l")
                return `armv7l-unknown-linux-${libc}eabihf`;
            return `${cpu}-unknown-linux-${libc}`;
        case "android":
            return `${cpu}-linux-android`;
        case "darwin":
            return `${cpu}-apple-darwin`;
        case "win32":
            return `${cpu}-pc-windows-msvc`;
        case "freebsd":
            return `${cpu}-unknown-freebsd`;
        case "openbsd":
        case "netbsd":
            return `${cpu}-unknown-${platform}`;
        case "sunos":
            return `${cpu}-pc-solaris`;
        case "aix":
            return "powerpc64-ibm-aix";
        default:
            return `${cpu}-unknown-${platform}`;
    }
}
/** Node's process.arch → the CPU part of a triplet. */
const CPU = {
    x64: "x86_64",
    ia32: "i686",
    arm64: "aarch64",
    arm: "armv7l",
    ppc64: "powerpc64le",
    s390x: "s390x",
    riscv64: "riscv64",
    loong64: "loongarch64",
    mips: "mips",
    mipsel: "mipsel",
};

;// CONCATENATED MODULE: ../policy/src/facts/python-version.ts




/**
 * Reads `Include/patchlevel.h`: PY_MAJOR_VERSION / PY_MINOR_VERSION decide, PY_VERSION is kept as
 * the full version. Returns undefined when the defines are absent; `file` is used in errors.
 */
function parsePatchlevel(text, file = "Include/patchlevel.h") {
    const define = (name) => new RegExp(`^\\s*#\\s*define\\s+${name}\\s+(\\S+)`, "m").exec(text)?.[1];
    const major = define("PY_MAJOR_VERSION");
    const minor = define("PY_MINOR_VERSION");
    if (major === undefined && minor === undefined)
        return undefined;
    if (major === undefined || minor === undefined || !/^\d+$/.test(major) || !/^\d+$/.test(minor)) {
        throw new FactsError(`${file}: PY_MAJOR_VERSION and PY_MINOR_VERSION must both be defined as integers ` +
            `(found ${major ?? "none"} and ${minor ?? "none"}); set python-version explicitly if this is not CPython.`);
    }
    const version = { major: Number(major), minor: Number(minor) };
    const full = /^\s*#\s*define\s+PY_VERSION\s+"([^"]+)"/m.exec(text)?.[1];
    if (full !== undefined)
        version.full = full;
    return version;
}
/**
 * Reads the version from `configure.ac`: `AC_INIT([python], [3.15], …)`, where CPython writes the
 * version through an m4 macro: `define([PYTHON_VERSION], [3.15])` + `AC_INIT([python],
 * [PYTHON_VERSION], …)`. Returns undefined when there is no AC_INIT.
 */
function parseConfigureAc(text, file = "configure.ac") {
    const init = /^\s*AC_INIT\(\s*\[?([^,\]]*)\]?\s*,\s*\[?([^,\]]*)\]?/m.exec(text);
    if (!init)
        return undefined;
    let version = init[2].trim();
    if (/^[A-Za-z_]\w*$/.test(version)) {
        const macro = version;
        const defined = new RegExp(`^\\s*(?:m4_)?define\\(\\s*\\[?${macro}\\]?\\s*,\\s*\\[?([^\\])]*)\\]?\\s*\\)`, "m").exec(text);
        if (!defined) {
            throw new FactsError(`${file}: AC_INIT names the version as ${macro}, but there is no define([${macro}], [x.y]); ` +
                `set python-version explicitly.`);
        }
        version = defined[1].trim();
    }
    if (!isPythonVersion(version)) {
        throw new FactsError(`${file}: AC_INIT version '${version}' is not major.minor; set python-version explicitly.`);
    }
    return parsePythonVersion(version);
}
/**
 * The CPython version a source tree declares: `Include/patchlevel.h` first (what the build
 * itself compiles against), then `configure.ac`; undefined when it has neither file.
 */
async function findPythonVersion(sourceDir, readFile = (path) => (0,promises_.readFile)(path, "utf8")) {
    const tried = [];
    const candidates = [
        { rel: "Include/patchlevel.h", parse: parsePatchlevel },
        { rel: "configure.ac", parse: parseConfigureAc },
    ];
    for (const { rel, parse } of candidates) {
        const path = (0,external_node_path_.join)(sourceDir, rel);
        let text;
        try {
            text = await readFile(path);
        }
        catch (error) {
            const code = error.code;
            if (code === "ENOENT" || code === "ENOTDIR") {
                tried.push(`${path} (missing)`);
                continue;
            }
            throw new FactsError(`Cannot read ${path}: ${error.message}`);
        }
        const version = parse(text, path);
        if (version)
            return { ...version, source: rel };
        tried.push(`${path} (no version found)`);
    }
    return { tried };
}
/** Like findPythonVersion, but a tree without a version is an error naming the files tried. */
async function readPythonVersion(sourceDir, readFile) {
    const found = await findPythonVersion(sourceDir, readFile);
    if (!("tried" in found))
        return found;
    throw new FactsError(`Cannot tell the Python version of ${sourceDir}: tried ${found.tried.join(", ")}. ` +
        `Point source-dir at a CPython checkout or set python-version (e.g. 3.16).`);
}

;// CONCATENATED MODULE: ../policy/src/facts/gather.ts








/**
 * Everything `evaluate` needs about one build, each fact with where it came from. Detection runs
 * rustc from the source tree, so a rust-toolchain file there picks the toolchain as it would for
 * the build.
 */
async function gatherFacts(options) {
    const platform = options.platform ?? process.platform;
    const python = await pythonFacts(options);
    const msrv = await msrvFacts(options, python);
    const rust = await rustFacts(options, platform, msrv?.version);
    const triplet = options.target?.trim() || (rust.assumed === undefined ? rust.host : undefined);
    const facts = {
        python,
        rust,
        platform: platformFacts(triplet ?? guessHostTriplet(platform, options.arch ?? process.arch)),
        configure: configureFacts(options.configureArgs),
    };
    if (msrv)
        facts.msrv = msrv;
    return facts;
}
async function pythonFacts(options) {
    const given = options.pythonVersion?.trim();
    if (!given || given === "auto")
        return readPythonVersion(options.sourceDir, options.readFile);
    const parsed = parsePythonVersion(given, "python-version");
    const tree = await findPythonVersion(options.sourceDir, options.readFile);
    const { version, disagreement } = reconcileVersions(parsed, "tried" in tree ? undefined : tree, options.trustPythonVersion ? "input" : "tree");
    return disagreement ? { ...version, disagreement } : version;
}
async function msrvFacts(options, python) {
    if (options.msrv?.trim())
        return { version: checkRustVersion(options.msrv, "msrv"), source: "input" };
    const fromCargo = await readMsrv(options.sourceDir);
    if (fromCargo)
        return { version: fromCargo.version, source: "Cargo.toml rust-version" };
    if (!options.policy)
        return undefined;
    const phase = phaseFor(options.policy, python);
    if (phase?.msrv)
        return { version: phase.msrv, source: `policy ${options.policy.name}, phase ${phase.id}` };
    if (options.policy.msrv)
        return { version: options.policy.msrv, source: `policy ${options.policy.name}` };
    return undefined;
}
async function rustFacts(options, platform, msrv) {
    const assumption = options.rust ?? "auto";
    if (assumption === "absent") {
        return {
            available: false,
            assumed: "absent",
            cargo: {},
            rustc: {},
            problem: "Rust assumed absent (what-if: rust = absent)",
        };
    }
    if (assumption === "present") {
        const release = options.assumedRustRelease
            ? checkRustVersion(options.assumedRustRelease, "assumed Rust release")
            : msrv;
        const facts = { available: true, assumed: "present", cargo: {}, rustc: {} };
        if (release)
            facts.release = release;
        return facts;
    }
    if (assumption !== "auto") {
        throw new FactsError(`rust: '${String(assumption)}' is not one of auto, present, absent.`);
    }
    return detectRust({
        env: options.env,
        platform,
        cwd: options.sourceDir,
        ...(options.probe ? { probe: options.probe } : {}),
        ...(options.run ? { run: options.run } : {}),
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    });
}
function configureFacts(args) {
    return parseConfigureArgs(args ?? []);
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var yaml_dist = __nccwpck_require__(8293);
;// CONCATENATED MODULE: ../policy/src/presets.ts
/** The prototype's workspace `rust-version` (Rust-for-CPython/cpython issue #4, June 2026). */
const PROTOTYPE_MSRV = "1.95";
const notUsed = (range) => ({
    id: "rust-not-used",
    ...range,
    description: "CPython does not use Rust: configure never looks for it and --with-rust has no effect.",
    rustUsed: false,
    whenMissing: "ignore",
    whenTooOld: "ignore",
    whenNoTarget: "ignore",
    optOutAccepted: true,
    buildModules: false,
    rustRequired: false,
});
const optional = (range, description) => ({
    id: "rust-optional",
    ...range,
    description,
    rustUsed: true,
    whenMissing: "warn",
    whenTooOld: "warn",
    whenNoTarget: "warn",
    optOutAccepted: true,
    buildModules: true,
    rustRequired: false,
});
const required = (range, description) => ({
    id: "rust-required",
    ...range,
    description,
    rustUsed: true,
    whenMissing: "fail",
    whenTooOld: "fail",
    whenNoTarget: "fail",
    optOutAccepted: false,
    buildModules: true,
    rustRequired: true,
});
const prePep2025 = {
    name: "pre-pep-2025",
    description: "The pre-PEP as first posted (Nov 2025): Rust optional with a warning in 3.15, needed unless " +
        "--with-rust=no in 3.16, required at build time from 3.17.",
    source: "https://discuss.python.org/t/pre-pep-rust-for-cpython/104906 (first post, 2025-11-17; staged plan " +
        "as reported by LWN, opennet.ru and The Register)",
    msrv: PROTOTYPE_MSRV,
    phases: [
        notUsed({ until: "3.14" }),
        optional({ from: "3.15", until: "3.15" }, "Rust modules are built when Rust is found; configure warns when it is missing."),
        {
            id: "rust-default-opt-out",
            from: "3.16",
            until: "3.16",
            description: "configure fails without Rust unless --with-rust=no is given, which builds without Rust modules.",
            rustUsed: true,
            whenMissing: "fail",
            whenTooOld: "fail",
            whenNoTarget: "fail",
            optOutAccepted: true,
            buildModules: true,
            rustRequired: false,
        },
        required({ from: "3.17" }, "Rust is required to build CPython (not to run it); --with-rust=no is no longer offered."),
    ],
};
const optionalModules = {
    name: "optional-modules",
    description: "The scaled-back plan (Nov 2025): Rust only for optional extension modules that replace a C module; " +
        "never required.",
    source: "https://discuss.python.org/t/pre-pep-rust-for-cpython/104906/117",
    msrv: PROTOTYPE_MSRV,
    phases: [
        notUsed({ until: "3.14" }),
        optional({ from: "3.15" }, "Rust modules are built when Rust is found; without Rust configure warns and keeps the C modules."),
    ],
};
const summit2026 = {
    name: "summit-2026",
    description: "Status after the 2026 Language Summit: zlib via zlib-rs as an optional Rust backend from 3.16 with " +
        "the C code as fallback; Rust required no earlier than 3.18 (2029).",
    source: "python/python-insider-blog content/posts/language-summit-2026-rust-for-cpython/index.md " +
        "(blog.python.org, 2026-09-30)",
    msrv: PROTOTYPE_MSRV,
    phases: [
        notUsed({ until: "3.15" }),
        optional({ from: "3.16", until: "3.17" }, "Rust backends are built when Rust is found; without Rust configure warns and uses the C code."),
        required({ from: "3.18" }, "Rust is required to build CPython; --with-rust=no is no longer offered."),
    ],
};
const accelerators = {
    name: "accelerators",
    description: "Optional Rust accelerators in any Python package: the modules are built when Rust can build them " +
        "and skipped with a warning otherwise, on every Python version; no Rust floor beyond each crate's " +
        "own rust-version.",
    source: "oxidize: for packages with optional Rust extensions and a pure-Python fallback",
    phases: [
        optional({}, "Rust modules are built when Rust is found; without Rust (or too old) they are skipped and the " +
            "pure-Python code is used."),
    ],
};
const PRESET_NAMES = ["pre-pep-2025", "optional-modules", "summit-2026", "accelerators"];
/** The timeline used when a caller names none: the plan as first proposed. */
const DEFAULT_PRESET = "pre-pep-2025";
const PRESETS = {
    "pre-pep-2025": prePep2025,
    "optional-modules": optionalModules,
    "summit-2026": summit2026,
    accelerators,
};
function isPresetName(name) {
    return PRESET_NAMES.includes(name);
}
/** A deep copy of the named preset (callers may tweak it freely), or undefined. */
function getPreset(name) {
    return isPresetName(name) ? structuredClone(PRESETS[name]) : undefined;
}

;// CONCATENATED MODULE: ../policy/src/schema.ts
/**
 * JSON Schema (draft-07) for user policy files, whatever their format (YAML, JSON, TOML). Exported so
 * docs and editors can show it; `load.ts` validates with it through ajv, then applies the defaults
 * and the cross-phase checks a schema cannot express (ordering, contiguity, consistency).
 */
/** A CPython `major.minor` version. Quoted: YAML reads 3.10 as the number 3.1. */
const PYTHON_VERSION_PATTERN = "^[0-9]+\\.[0-9]+$";
/** A Rust release as cargo's `rust-version` takes it: "1.95" or "1.95.0". */
const RUST_VERSION_PATTERN = "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$";
const PHASE_ID_PATTERN = "^[a-z0-9][a-z0-9-]*$";
const reaction = {
    type: "string",
    enum: ["ignore", "warn", "fail"],
};
const phaseSchema = {
    type: "object",
    additionalProperties: false,
    required: ["id"],
    properties: {
        id: {
            type: "string",
            pattern: PHASE_ID_PATTERN,
            description: "Short id used in outputs and reports, e.g. rust-optional.",
        },
        from: {
            type: "string",
            pattern: PYTHON_VERSION_PATTERN,
            description: "First CPython version of the phase (inclusive); omit on the first phase for 'from the start'.",
        },
        until: {
            type: "string",
            pattern: PYTHON_VERSION_PATTERN,
            description: "Last CPython version of the phase (inclusive); omit on the last phase for 'open-ended'.",
        },
        description: { type: "string", description: "One sentence for humans." },
        rustUsed: { type: "boolean", description: "Whether configure looks for Rust at all. Default true." },
        whenMissing: {
            ...reaction,
            description: "Rust not found and no --with-rust flag. Default: fail if rustRequired, warn if rustUsed, else ignore.",
        },
        whenTooOld: { ...reaction, description: "Rust found but older than the MSRV. Default: whenMissing." },
        whenNoTarget: {
            ...reaction,
            description: "Rust has no target for the host platform, or its std is not installed. Default: whenMissing.",
        },
        optOutAccepted: {
            type: "boolean",
            description: "Whether --with-rust=no / --without-rust is accepted. Default: not rustRequired.",
        },
        buildModules: {
            type: "boolean",
            description: "Whether Rust extension modules are built. Default: rustUsed.",
        },
        rustRequired: {
            type: "boolean",
            description: "Whether Rust is required to build CPython. Default false.",
        },
        msrv: {
            type: "string",
            pattern: RUST_VERSION_PATTERN,
            description: "Minimum supported Rust version for this phase, overriding the policy's.",
        },
    },
};
const policySchema = {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "oxidize configure policy",
    description: "A timeline of how CPython's configure treats Rust, phase by phase (CPython version ranges).",
    type: "object",
    additionalProperties: false,
    required: ["phases"],
    properties: {
        $schema: { type: "string", description: "Ignored; lets editors find this schema." },
        name: { type: "string", minLength: 1, description: "Name shown in reports. Default: the file path." },
        description: { type: "string" },
        source: { type: "string", description: "Where the timeline comes from (a URL, a discussion post)." },
        msrv: {
            type: "string",
            pattern: RUST_VERSION_PATTERN,
            description: "Minimum supported Rust version for every phase that does not set its own.",
        },
        phases: {
            type: "array",
            minItems: 1,
            items: phaseSchema,
            description: "Ordered, contiguous, non-overlapping CPython version ranges.",
        },
    },
};

;// CONCATENATED MODULE: ../policy/src/load.ts
/**
 * Policies by name (a preset) or from a user file (YAML, JSON or TOML by extension). The only I/O is
 * the injected `readFile`, so this runs unchanged in actions, the CLI and tests.
 */









const EXTENSIONS = {
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
    ".toml": "toml",
};
const EXTENSION_LIST = ".yaml, .yml, .json or .toml";
/** The format a policy file is read as, from its extension; undefined when not a policy file name. */
function policyFormatOf(file) {
    return EXTENSIONS[external_node_path_default().extname(file).toLowerCase()];
}
/**
 * A preset by name, or a policy file by path (relative to `cwd`). Throws PolicyError for unknown
 * names, unreadable files and invalid content.
 */
async function loadPolicy(nameOrPath, options) {
    const wanted = nameOrPath.trim();
    const preset = getPreset(wanted);
    if (preset)
        return preset;
    const looksLikePath = policyFormatOf(wanted) !== undefined || /[\\/]/.test(wanted);
    if (!looksLikePath) {
        throw new PolicyError(`unknown policy ${JSON.stringify(nameOrPath)}: expected a preset (${PRESET_NAMES.join(", ")}) ` +
            `or the path of a policy file ending in ${EXTENSION_LIST}`);
    }
    const absolute = external_node_path_default().resolve(options.cwd ?? process.cwd(), wanted);
    let text;
    try {
        text = await options.readFile(absolute);
    }
    catch (error) {
        const code = error?.code;
        const why = code === "ENOENT"
            ? `not found (looked at ${absolute})`
            : `cannot be read: ${error.message ?? error}`;
        throw new PolicyError(`policy file ${wanted} ${why}; give a preset name (${PRESET_NAMES.join(", ")}) or an existing file`, wanted);
    }
    return parsePolicy(text, wanted);
}
/** Parse, validate and normalise the text of a policy file; `file` names it in errors and picks the format. */
async function parsePolicy(text, file) {
    const format = policyFormatOf(file);
    if (!format) {
        throw new PolicyError(`${file}: unknown policy file type; the name must end in ${EXTENSION_LIST}`, file);
    }
    const value = parseText(text, file, format);
    // Before the validator, which recurses: a real policy is a few levels deep.
    if ((0,src/* nestedDeeperThan */.iS)(value)) {
        throw new PolicyError(`${file} nests values more than ${src/* MAX_JSON_DEPTH */.KX} levels deep; a policy is a list of phases`, file);
    }
    return validatePolicy(value, file);
}
function parseText(text, file, format) {
    switch (format) {
        case "json": {
            const parsed = (0,src/* parseJsonText */.lk)(text);
            if ("problem" in parsed)
                throw new PolicyError(`${file} ${parsed.problem}`, file);
            return parsed.value;
        }
        case "toml":
            try {
                return parse_parse(text);
            }
            catch (error) {
                const { line, column } = error;
                const at = line !== undefined ? ` at line ${line}${column !== undefined ? `, column ${column}` : ""}` : "";
                throw new PolicyError(`${file}: invalid TOML${at}: ${firstLine(error.message)}`, file);
            }
        case "yaml":
            return parseYaml(text, file);
    }
}
// Keys whose values are versions: YAML reads `3.10` as 3.1 and `1.70` as 1.7, so we take the text as
// written instead (the classic toolchain-action pitfall). JSON and TOML numbers cannot be recovered
// that way and are rejected by the schema with a hint to quote them.
const VERSION_KEYS = new Set(["from", "until", "msrv"]);
function parseYaml(text, file) {
    const document = (0,yaml_dist/* parseDocument */.Tp)(text, { prettyErrors: true });
    const problem = document.errors[0];
    if (problem)
        throw new PolicyError(`${file}: invalid YAML: ${firstLine(problem.message)}`, file);
    (0,yaml_dist/* visit */.YR)(document, {
        Pair(_key, pair) {
            if ((0,yaml_dist/* isScalar */.jn)(pair.key) && VERSION_KEYS.has(String(pair.key.value)) && (0,yaml_dist/* isScalar */.jn)(pair.value)) {
                const scalar = pair.value;
                if (typeof scalar.value === "number" && scalar.source !== undefined)
                    scalar.value = scalar.source;
            }
        },
    });
    if (document.contents !== null && !(0,yaml_dist/* isMap */.jh)(document.contents)) {
        throw new PolicyError(`${file}: the top level must be a mapping with a "phases" list`, file);
    }
    try {
        // toJS expands aliases, refusing more than yaml's limit (a "billion laughs" document).
        return document.toJS({ maxAliasCount: 100 }) ?? {};
    }
    catch (error) {
        throw new PolicyError(`${file}: refused YAML: ${firstLine(error.message)}`, file);
    }
}
function firstLine(message) {
    return message.split("\n")[0].trim().replace(/:$/, "");
}
let load_compiled;
/** ajv loads on first use, so the actions that only ever use a preset never pay for it at start-up. */
async function schemaValidator() {
    if (!load_compiled) {
        const Ajv = await ajv_loadAjv();
        load_compiled = new Ajv({ allErrors: true, strict: true }).compile(policySchema);
    }
    return load_compiled;
}
/**
 * Check parsed file content against the schema and the cross-phase rules, then fill in defaults.
 * Every problem is reported at once, each as `<file>: <key path> <what was expected>`.
 */
async function validatePolicy(data, file) {
    const validate = await schemaValidator();
    if (!validate(data)) {
        const problems = (validate.errors ?? []).map((error) => `${file}: ${describeSchemaError(error, data)}`);
        throw new PolicyError(load_dedupe(problems), file);
    }
    const input = data;
    const phases = input.phases.map(withDefaults);
    const problems = checkPhases(phases).map((problem) => `${file}: ${problem}`);
    if (problems.length > 0)
        throw new PolicyError(problems, file);
    const policy = {
        name: input.name ?? file,
        description: input.description ?? "",
        source: input.source ?? file,
        phases,
    };
    if (input.msrv !== undefined)
        policy.msrv = input.msrv;
    return policy;
}
function withDefaults(input) {
    const rustUsed = input.rustUsed ?? true;
    const rustRequired = input.rustRequired ?? false;
    const whenMissing = input.whenMissing ?? (!rustUsed ? "ignore" : rustRequired ? "fail" : "warn");
    const phase = {
        id: input.id,
        description: input.description ?? "",
        rustUsed,
        whenMissing,
        whenTooOld: input.whenTooOld ?? whenMissing,
        whenNoTarget: input.whenNoTarget ?? whenMissing,
        optOutAccepted: input.optOutAccepted ?? !rustRequired,
        buildModules: input.buildModules ?? rustUsed,
        rustRequired,
    };
    if (input.from !== undefined)
        phase.from = input.from;
    if (input.until !== undefined)
        phase.until = input.until;
    if (input.msrv !== undefined)
        phase.msrv = input.msrv;
    return phase;
}
/** Rules across keys and phases: ordered, contiguous, non-overlapping ranges; unique ids; no contradictions. */
function checkPhases(phases) {
    const problems = [];
    const seen = new Map();
    phases.forEach((phase, index) => {
        const at = `phases[${index}]`;
        const earlier = seen.get(phase.id);
        if (earlier !== undefined) {
            problems.push(`${at}.id must be unique ("${phase.id}" is already used by phases[${earlier}])`);
        }
        else {
            seen.set(phase.id, index);
        }
        if (phase.from !== undefined &&
            phase.until !== undefined &&
            comparePythonVersions(phase.from, phase.until) > 0) {
            problems.push(`${at}.from must not be later than ${at}.until (got ${phase.from} > ${phase.until})`);
        }
        if (index > 0 && phase.from === undefined) {
            problems.push(`${at}.from is required: only the first phase may leave its start open`);
        }
        if (index < phases.length - 1 && phase.until === undefined) {
            problems.push(`${at}.until is required: only the last phase may be open-ended`);
        }
        const previous = phases[index - 1];
        if (previous?.until !== undefined && phase.from !== undefined) {
            const expected = nextPythonVersion(previous.until);
            const order = comparePythonVersions(phase.from, previous.until);
            if (order <= 0) {
                problems.push(`${at}.from must be after phases[${index - 1}].until (${previous.until}): ` +
                    `phase ranges must be in order and must not overlap (got ${phase.from})`);
            }
            else if (comparePythonVersions(phase.from, expected) !== 0) {
                problems.push(`${at}.from must be ${expected}, the version after phases[${index - 1}].until: ` +
                    `phases must leave no gap (got ${phase.from})`);
            }
        }
        if (!phase.rustUsed) {
            for (const key of ["buildModules", "rustRequired"]) {
                if (phase[key])
                    problems.push(`${at}.${key} must be false when ${at}.rustUsed is false`);
            }
        }
        if (phase.rustRequired) {
            if (phase.whenMissing !== "fail") {
                problems.push(`${at}.whenMissing must be "fail" when ${at}.rustRequired is true (got "${phase.whenMissing}")`);
            }
            if (phase.optOutAccepted) {
                problems.push(`${at}.optOutAccepted must be false when ${at}.rustRequired is true`);
            }
        }
    });
    return problems;
}
// ---------------------------------------------------------------------------------------------
// ajv errors → "phases[1].whenMissing must be one of ignore, warn, fail (got "maybe")"
function keyPath(instancePath) {
    let out = "";
    for (const raw of instancePath.split("/").slice(1)) {
        const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
        if (/^\d+$/.test(segment))
            out += `[${segment}]`;
        else
            out += out === "" ? segment : `.${segment}`;
    }
    return out;
}
function valueAt(data, instancePath) {
    let value = data;
    for (const raw of instancePath.split("/").slice(1)) {
        const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
        value = value?.[segment];
    }
    return value;
}
function got(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function load_join(at, key) {
    return at === "" ? key : `${at}.${key}`;
}
function describeSchemaError(error, data) {
    const at = keyPath(error.instancePath);
    const subject = at === "" ? "the top level" : at;
    const value = valueAt(data, error.instancePath);
    const params = error.params;
    switch (error.keyword) {
        case "enum":
            return `${subject} must be one of ${params.allowedValues.join(", ")} (got ${got(value)})`;
        case "required":
            return `${load_join(at, String(params.missingProperty))} is required`;
        case "additionalProperties": {
            const allowed = Object.keys(error.instancePath === "" ? policySchema.properties : phaseSchema.properties).filter((key) => key !== "$schema");
            return `${load_join(at, String(params.additionalProperty))} is not a known key (expected one of: ${allowed.join(", ")})`;
        }
        case "type": {
            const expected = String(params.type);
            const article = /^[aeiou]/.test(expected) ? "an" : "a";
            const hint = expected === "string" && typeof value === "number"
                ? `; quote versions so they stay text, e.g. "${value}"`
                : "";
            return `${subject} must be ${article} ${expected} (got ${got(value)})${hint}`;
        }
        case "pattern": {
            const what = params.pattern === PYTHON_VERSION_PATTERN
                ? 'a CPython version like "3.15"'
                : params.pattern === RUST_VERSION_PATTERN
                    ? 'a Rust version like "1.95" or "1.95.0"'
                    : "lower-case letters, digits and dashes, starting with a letter or digit";
            return `${subject} must be ${what} (got ${got(value)})`;
        }
        case "minItems":
            return `${subject} must list at least ${String(params.limit)} phase`;
        case "minLength":
            return `${subject} must not be empty`;
        default:
            return `${subject} ${error.message ?? "is invalid"}`;
    }
}
function load_dedupe(lines) {
    return [...new Set(lines)];
}

;// CONCATENATED MODULE: ../policy/src/conformance/compare.ts
const WARNING = /^configure: WARNING: /;
const ERROR = /^configure: error: /;
const RUSTY = /rust|cargo/i;
function observeRun(exitCode, output, timedOut = false) {
    const lines = output.split(/\r?\n/);
    const rustWarnings = lines.filter((line) => WARNING.test(line) && RUSTY.test(line));
    const errors = lines.filter((line) => ERROR.test(line));
    const outcome = exitCode !== 0 ? "fail" : rustWarnings.length > 0 ? "warn" : "pass";
    return { exitCode, timedOut, rustWarnings, errors, outcome };
}
/**
 * Every way the run disagrees with the expected verdict, one sentence each (empty = conforms):
 * fail ⇔ non-zero exit with a `configure: error:` line; warn ⇔ exit 0 with a Rust warning;
 * pass ⇔ exit 0 and no Rust warning.
 */
function compareRun(expected, observed) {
    if (observed.timedOut)
        return ["configure did not finish in time"];
    const mismatches = [];
    const exit = observed.exitCode === null ? "was killed" : `exited with ${observed.exitCode}`;
    switch (expected.outcome) {
        case "fail":
            if (observed.exitCode === 0)
                mismatches.push("configure succeeded (exit 0) where the policy requires it to fail");
            if (observed.errors.length === 0)
                mismatches.push("configure printed no 'configure: error:' line");
            break;
        case "warn":
            if (observed.exitCode !== 0)
                mismatches.push(`configure ${exit} where the policy requires it to succeed`);
            if (observed.rustWarnings.length === 0) {
                mismatches.push("configure printed no 'configure: WARNING:' line about Rust where the policy requires one");
            }
            break;
        case "pass":
            if (observed.exitCode !== 0)
                mismatches.push(`configure ${exit} where the policy requires it to succeed`);
            if (observed.rustWarnings.length > 0) {
                mismatches.push(`configure warned about Rust where the policy expects no warning: ${observed.rustWarnings[0]}`);
            }
            break;
    }
    return mismatches;
}
/** The last `count` non-empty lines, for evidence in reports. */
function lastLines(output, count = 20) {
    const lines = output.replace(/\s+$/, "").split(/\r?\n/);
    return lines.length === 1 && lines[0] === "" ? [] : lines.slice(-count);
}

;// CONCATENATED MODULE: ../policy/src/tree/makefile.ts
/**
 * What configure decided, as the generated Makefile records it: simple `NAME=value` variables
 * (configure's substitutions), among them `MODULE_<NAME>_STATE` for every stdlib module (the
 * `PY_STDLIB_MOD` machinery) and the fork's `CARGO_*` settings. Pure: text in, facts out.
 */
const MODULE_STATES = ["yes", "missing", "disabled", "n/a"];
/** Top-level `NAME= value` assignments, continuation lines joined; later ones win, as in make. */
function parseMakefileVars(text) {
    const vars = new Map();
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const match = /^([A-Za-z_][A-Za-z0-9_]*)[ \t]*[:?]?=[ \t]*(.*)$/.exec(lines[i]);
        if (!match)
            continue;
        let value = match[2];
        while (value.endsWith("\\") && i + 1 < lines.length)
            value = `${value.slice(0, -1)} ${lines[++i].trim()}`;
        vars.set(match[1], value.replace(/\s+#.*$/, "").trim());
    }
    return vars;
}
/** `_base64` → `MODULE__BASE64_STATE`, as PY_STDLIB_MOD names it. */
function moduleStateVar(module) {
    return `MODULE_${module.toUpperCase()}_STATE`;
}
function moduleState(vars, module) {
    const value = vars.get(moduleStateVar(module));
    return value !== undefined && MODULE_STATES.includes(value) ? value : undefined;
}
function makefileCargo(vars) {
    const cargo = {};
    const set = (key, name) => {
        const value = vars.get(name);
        if (value)
            cargo[key] = value;
    };
    set("home", "CARGO_HOME");
    set("profileDir", "CARGO_TARGET_DIR");
    set("profile", "CARGO_PROFILE");
    set("target", "CARGO_TARGET");
    return cargo;
}

;// CONCATENATED MODULE: ../policy/src/tree/setup-files.ts
/**
 * How CPython declares its extension modules: `Modules/Setup*` files, read the way
 * `Modules/makesetup` reads them. A line names one or more modules and their sources; the
 * section it is in (`*static*`, `*shared*`, `*disabled*`) says how it is built. A line whose
 * sources include a `Cargo.toml` is a Rust module (the Rust-for-CPython fork:
 * `@MODULE__BASE64_TRUE@_base64 _base64/Cargo.toml _base64/src/lib.rs lib_base64.a`).
 * Pure: text in, declarations out.
 */
const SECTION = /^\*(static|shared|disabled|@MODULE_BUILDTYPE@)\*$/;
const CONDITIONAL = /^@(MODULE_[A-Z0-9_]+_TRUE)@/;
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\s*=/;
const MODULE_WORD = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Words of a line, with makesetup's flags and their arguments set aside. */
function classify(words) {
    const modules = [];
    const sources = [];
    const libs = [];
    let manifest;
    let skipNext = false;
    for (const word of words) {
        if (skipNext) {
            skipNext = false;
            continue;
        }
        if (["-framework", "-Xcompiler", "-Xlinker", "-rpath", "--rpath", "-u"].includes(word)) {
            skipNext = true;
            continue;
        }
        if (word.startsWith("-") || word.startsWith("$"))
            continue;
        if (word.endsWith(".toml"))
            manifest = word;
        else if (word.endsWith(".a"))
            libs.push(word);
        else if (/\.(rs|c|C|cc|c\+\+|cxx|cpp|m|o)$/.test(word))
            sources.push(word);
        else if (MODULE_WORD.test(word))
            modules.push(word);
    }
    return manifest === undefined ? { modules, sources, libs } : { modules, sources, libs, manifest };
}
/**
 * Every module declared in one Setup file, in order. `defaultBuildType` is what makesetup
 * assumes before the first section marker (static); `configuredBuildType` resolves
 * `*@MODULE_BUILDTYPE@*` when the tree is configured.
 */
function parseSetupFile(text, file, configuredBuildType = "shared") {
    const found = [];
    let buildType = "static";
    let fromConfigure = false;
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        let line = lines[i].replace(/#.*$/, "").trim();
        // makesetup joins backslash continuations.
        const start = i;
        while (line.endsWith("\\") && i + 1 < lines.length) {
            line = `${line.slice(0, -1)} ${lines[++i].replace(/#.*$/, "").trim()}`;
        }
        if (line === "")
            continue;
        const section = SECTION.exec(line);
        if (section) {
            fromConfigure = section[1] === "@MODULE_BUILDTYPE@";
            buildType = fromConfigure ? configuredBuildType : section[1];
            continue;
        }
        let conditional;
        const marker = CONDITIONAL.exec(line);
        if (marker) {
            conditional = marker[1];
            line = line.slice(marker[0].length);
        }
        if (ASSIGNMENT.test(line))
            continue;
        const words = classify(line.split(/\s+/).filter(Boolean));
        for (const module of words.modules) {
            const entry = {
                module,
                buildType,
                buildTypeFromConfigure: fromConfigure,
                file,
                line: start + 1,
            };
            if (conditional !== undefined)
                entry.conditional = conditional;
            if (words.manifest !== undefined) {
                entry.rust = { manifest: words.manifest, sources: words.sources.filter((s) => s.endsWith(".rs")) };
                if (words.libs[0] !== undefined)
                    entry.rust.staticLib = words.libs[0];
            }
            found.push(entry);
        }
    }
    return found;
}
/**
 * Merges Setup files in makesetup's order: the first rule for a module wins (so `Setup.local`
 * can disable or re-declare a stdlib module). A winning rule that only names the module (a
 * `*disabled*` entry) keeps the Rust sources of the rule it overrides.
 */
function mergeSetupFiles(files) {
    const winners = new Map();
    const rust = new Map();
    for (const modules of files) {
        for (const m of modules) {
            if (m.rust && !rust.has(m.module))
                rust.set(m.module, m.rust);
            if (!winners.has(m.module))
                winners.set(m.module, m);
        }
    }
    return [...winners.values()].map((m) => {
        const declared = rust.get(m.module);
        return m.rust || !declared || m.buildType !== "disabled" ? m : { ...m, rust: declared };
    });
}

;// CONCATENATED MODULE: ../policy/src/tree/read-tree.ts
/**
 * Reading a CPython tree from disk: the Rust modules its Setup files declare and, when a build
 * directory holds a generated Makefile, what configure decided about them.
 */





async function readIfPresent(path) {
    try {
        return await (0,promises_.readFile)(path, "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT" ||
            error.code === "ENOTDIR")
            return undefined;
        throw new FactsError(`Cannot read ${path}: ${error.message}`);
    }
}
/** The build directory's Makefile, or undefined when the tree is not configured there. */
async function readConfiguredTree(buildDir) {
    const makefile = (0,external_node_path_.join)(buildDir, "Makefile");
    const text = await readIfPresent(makefile);
    // Only a configure-generated Makefile records module states; a hand-written one is not a verdict.
    if (text === undefined || !/^MODULE_[A-Z0-9_]+_STATE\s*=/m.test(text))
        return undefined;
    const vars = parseMakefileVars(text);
    const tree = {
        buildDir,
        makefile,
        vars,
        cargo: makefileCargo(vars),
        stateOf: (module) => moduleState(vars, module),
    };
    const ext = vars.get("EXT_SUFFIX");
    if (ext)
        tree.extSuffix = ext;
    const version = vars.get("VERSION");
    if (version)
        tree.version = version;
    const buildType = vars.get("MODULE_BUILDTYPE");
    if (buildType === "static" || buildType === "shared")
        tree.buildType = buildType;
    return tree;
}
/**
 * The modules the tree's Setup files declare, merged in makesetup's order: `Setup.local` (the
 * build directory's, then the source tree's), `Setup.stdlib.in`, `Setup.bootstrap.in`, `Setup`.
 * The `.in` templates are read rather than the generated files, because configure comments
 * out the lines of modules it turns off: the declaration is in the template, the verdict in
 * the Makefile.
 */
async function readSetupModules(sourceDir, buildDir = sourceDir, configuredBuildType = "shared") {
    const modulesDir = (dir) => (0,external_node_path_.join)(dir, "Modules");
    const candidates = [
        (0,external_node_path_.join)(modulesDir(buildDir), "Setup.local"),
        ...((0,external_node_path_.resolve)(buildDir) === (0,external_node_path_.resolve)(sourceDir) ? [] : [(0,external_node_path_.join)(modulesDir(sourceDir), "Setup.local")]),
        (0,external_node_path_.join)(modulesDir(sourceDir), "Setup.stdlib.in"),
        (0,external_node_path_.join)(modulesDir(sourceDir), "Setup.bootstrap.in"),
        (0,external_node_path_.join)(modulesDir(sourceDir), "Setup"),
    ];
    const parsed = [];
    for (const path of candidates) {
        const text = await readIfPresent(path);
        if (text !== undefined)
            parsed.push(parseSetupFile(text, path, configuredBuildType));
    }
    return mergeSetupFiles(parsed);
}
/** The Rust modules among them (a Cargo.toml on the line), with the crate's manifest resolved. */
function rustModules(modules, sourceDir) {
    return modules.flatMap((m) => m.rust ? [{ ...m, rust: m.rust, manifestPath: (0,external_node_path_.resolve)(sourceDir, "Modules", m.rust.manifest) }] : []);
}

;// CONCATENATED MODULE: ../policy/src/conformance/module-states.ts
/**
 * configure's own verdict on the Rust modules, read from the Makefile a conformance run wrote:
 * `MODULE_<NAME>_STATE` for every Rust module the tree's Setup files declare. The exit status
 * and warnings can look right while the states are wrong — the fork's cargo check says `yes`
 * with no cargo anywhere, and make then fails — so the states are compared with the policy too.
 */




/**
 * The states of the Rust modules in `<cwd>/Makefile`, when configure wrote it during this run
 * (modified at or after `since`, ms since the epoch); undefined when there is no such Makefile
 * or the tree declares no Rust module.
 */
async function rustModuleStates(cwd, since) {
    const makefile = (0,external_node_path_.join)(cwd, "Makefile");
    const modified = await (0,promises_.stat)(makefile).then((s) => s.mtimeMs, () => undefined);
    // A Makefile older than this run is a previous configure's, not this one's verdict.
    if (modified === undefined || modified + 1000 < since)
        return undefined;
    const tree = await readConfiguredTree(cwd);
    if (!tree)
        return undefined;
    const srcdir = (0,external_node_path_.resolve)(cwd, tree.vars.get("srcdir") ?? ".");
    const modules = rustModules(await readSetupModules(srcdir, cwd, tree.buildType), srcdir);
    if (modules.length === 0)
        return undefined;
    return Object.fromEntries(modules.map((m) => [m.module, tree.stateOf(m.module) ?? "(not set)"]));
}
/** One sentence per Rust module whose state contradicts what the policy decided. */
function compareModuleStates(rustModulesDecision, states, rustHidden) {
    const mismatches = [];
    for (const [module, state] of Object.entries(states)) {
        const variable = `${moduleStateVar(module)}=${state}`;
        if (rustModulesDecision === "skip" && state === "yes") {
            mismatches.push(`configure set ${variable}${rustHidden ? " with Rust hidden" : ""}, where the policy skips Rust modules: ` +
                `make would try to build ${module} and fail instead of leaving it out`);
        }
        else if (rustModulesDecision === "build" && state !== "yes") {
            mismatches.push(`configure set ${variable}, where the policy builds Rust modules: make would leave ${module} out`);
        }
    }
    return mismatches;
}

;// CONCATENATED MODULE: ../policy/src/conformance/run.ts









/** The command given for a conformance run could not be run at all. */
class ConformanceError extends PolicyError {
}
/**
 * Runs configure once per scenario and checks it does what the policy says it must:
 * (a) as given; (b) with Rust hidden; (c) with Rust hidden and `--with-rust=no` appended (where the
 * phase rejects the opt-out, this checks configure rejects it too); (d) when Rust is available,
 * with `--with-rust=yes` appended. Each run's expected verdict comes from `evaluate` on the facts
 * as they are in that scenario. Scenarios run one after another: configure writes into its tree.
 */
async function runConformance(options) {
    const argv = typeof options.command === "string" ? (0,src/* parseCommand */.RM)(options.command, "run") : [...options.command];
    if (argv.length === 0)
        throw new ConformanceError("run: the configure command is empty; give e.g. ./configure");
    const platform = options.platform ?? process.platform;
    const detect = (env) => detectRust({ env, platform, cwd: options.cwd, ...(options.probe ? { probe: options.probe } : {}) });
    const present = await detect(options.env);
    const scenarios = [
        { id: "as-is", description: "as given", hideRust: false, append: [] },
        { id: "rust-hidden", description: "with Rust hidden", hideRust: true, append: [] },
    ];
    if (phaseFor(options.policy, options.facts.python)) {
        scenarios.push({
            id: "opt-out",
            description: "with Rust hidden and --with-rust=no",
            hideRust: true,
            append: ["--with-rust=no"],
        });
    }
    if (present.available) {
        scenarios.push({
            id: "with-rust",
            description: "with Rust present and --with-rust=yes",
            hideRust: false,
            append: ["--with-rust=yes"],
        });
    }
    const results = [];
    for (const scenario of scenarios) {
        results.push(await runScenario(scenario, argv, present, detect, options, platform));
    }
    const reasons = results
        .filter((r) => r.mismatches.length > 0)
        .map((r) => ({
        code: "conformance-mismatch",
        outcome: "fail",
        message: `configure does not follow policy ${options.policy.name} ${r.description}: ${r.mismatches.join("; ")} ` +
            `(required: ${r.expected.outcome} — ${r.expected.message})`,
    }));
    return { command: argv, cwd: options.cwd, ok: reasons.length === 0, scenarios: results, reasons };
}
async function runScenario(scenario, argv, present, detect, options, platform) {
    const hidden = scenario.hideRust ? await hideRust(options.env, { platform }) : undefined;
    try {
        const env = hidden?.env ?? options.env;
        const rust = hidden ? await hiddenFacts(detect, env) : present;
        const command = [...argv, ...scenario.append];
        const facts = { ...options.facts, rust, configure: parseConfigureArgs(command.slice(1)) };
        const verdict = evaluate(options.policy, facts);
        const expected = { outcome: verdict.outcome, message: verdict.message, reasons: verdict.reasons };
        const started = Date.now();
        const execute = () => (options.run ?? src/* runProcess */.R3)(command[0], command.slice(1), {
            cwd: options.cwd,
            env,
            timeoutMs: options.timeoutMs ?? 600_000,
            ...(options.log && {
                onStdoutLine: (line) => options.log?.info(line),
                onStderrLine: (line) => options.log?.info(line),
            }),
        });
        const title = `configure ${scenario.description}: ${command.join(" ")}${scenario.hideRust ? " (Rust hidden)" : ""}`;
        const log = options.log;
        const result = await (log ? log.group(title, () => log.untrusted(execute)) : execute());
        if (result.startError !== undefined) {
            // Windows starts no shell scripts: configure needs a POSIX shell there (CPython itself
            // builds with PCbuild on Windows, so most workflows skip the run on that leg).
            const fix = platform === "win32"
                ? `configure is a shell script, which Windows cannot start by itself: skip the conformance run on ` +
                    `Windows (if: runner.os != 'Windows'), or give run: bash ./configure to run it with Git Bash.`
                : `Give the configure command relative to source-dir (e.g. ./configure) and make sure it is executable.`;
            throw new ConformanceError(`run: cannot start ${JSON.stringify(command[0])} in ${options.cwd}: ${result.startError}. ${fix}`);
        }
        const observed = observeRun(result.exitCode, result.output, result.timedOut);
        const base = {
            scenario: scenario.id,
            description: scenario.description,
            argv: command,
            rustHidden: scenario.hideRust,
            expected,
            observed,
            signal: result.signal,
            durationMs: Date.now() - started,
            tail: lastLines(result.output, 20),
            mismatches: [],
        };
        if (hidden && rust.available) {
            // Not configure's fault: some Rust is reachable in ways we cannot hide (e.g. a wrapper script).
            return {
                ...base,
                skipped: `Rust was still found with it hidden (${rust.rustc.path ?? rust.cargo.path})`,
            };
        }
        const mismatches = compareRun(verdict, observed);
        if (result.timedOut)
            mismatches[0] = `configure did not finish within ${options.timeoutMs ?? 600_000} ms`;
        const states = observed.exitCode === 0 ? await rustModuleStates(options.cwd, started) : undefined;
        if (states) {
            base.moduleStates = states;
            mismatches.push(...compareModuleStates(verdict.rustModules, states, scenario.hideRust));
        }
        return { ...base, mismatches };
    }
    finally {
        await hidden?.cleanup();
    }
}
/** Rust facts with Rust hidden; the problem says so rather than listing temp directories. */
async function hiddenFacts(detect, env) {
    const rust = await detect(env);
    return rust.available ? rust : { ...rust, problem: "hidden for this conformance run" };
}
/** The verdict once a conformance run is taken into account: any mismatch makes it `fail`. */
function applyConformance(verdict, report) {
    if (report.ok)
        return verdict;
    return {
        ...verdict,
        outcome: "fail",
        reasons: [...verdict.reasons, ...report.reasons],
        message: report.reasons[0].message,
    };
}

;// CONCATENATED MODULE: ../policy/src/conformance/policy-check.ts







const FAIL_ON_CHOICES = ["fail", "warn", "never"];
const RUST_CHOICES = ["auto", "present", "absent"];
/** Whether a verdict of `outcome` fails a step or command configured with `failOn`. */
function policy_check_reachesFailOn(outcome, failOn) {
    if (failOn === "never")
        return false;
    if (failOn === "warn")
        return outcome !== "pass";
    return outcome === "fail";
}
/**
 * The whole check shared by the action and the CLI, so both give the same answer: load the policy,
 * gather the facts, evaluate, and optionally run configure to check it behaves as evaluated.
 */
async function checkPolicy(options) {
    const timings = {};
    const timed = async (name, step) => {
        const started = performance.now();
        try {
            return await step();
        }
        finally {
            timings[name] = Math.round(performance.now() - started);
        }
    };
    const policy = await timed("policy", () => loadPolicy(options.policy, { readFile: (path) => (0,promises_.readFile)(path, "utf8"), cwd: options.cwd }));
    const facts = await timed("facts", () => gatherFacts({
        sourceDir: options.sourceDir,
        env: options.env,
        policy,
        ...(options.pythonVersion !== undefined ? { pythonVersion: options.pythonVersion } : {}),
        ...(options.trustPythonVersion ? { trustPythonVersion: true } : {}),
        ...(options.configureArgs !== undefined ? { configureArgs: options.configureArgs } : {}),
        ...(options.rust !== undefined ? { rust: options.rust } : {}),
        ...(options.msrv !== undefined ? { msrv: options.msrv } : {}),
        ...(options.target !== undefined ? { target: options.target } : {}),
    }));
    if (facts.python.disagreement)
        options.log?.info(`Python version: ${facts.python.disagreement}`);
    let verdict = await timed("evaluate", async () => evaluate(policy, facts));
    const check = { policy, facts, verdict, timings };
    const command = typeof options.run === "string" ? (0,src/* parseCommand */.RM)(options.run, "run") : options.run;
    if (command !== undefined && command.length > 0) {
        const conformance = await timed("conformance", () => runConformance({
            command,
            cwd: options.sourceDir,
            env: options.env,
            policy,
            facts,
            ...(options.runTimeoutMs !== undefined ? { timeoutMs: options.runTimeoutMs } : {}),
            ...(options.log !== undefined ? { log: options.log } : {}),
        }));
        verdict = applyConformance(verdict, conformance);
        check.verdict = verdict;
        check.conformance = conformance;
    }
    return check;
}
/** The check's facts as label → value rows, for reports, job summaries and the CLI alike. */
function policy_check_checkFacts(check) {
    const { facts, verdict, policy } = check;
    const rust = facts.rust;
    const rustState = rust.assumed
        ? `${rust.assumed} (assumed)`
        : rust.available
            ? "available"
            : `missing${rust.problem ? `: ${rust.problem}` : ""}`;
    const flat = {
        policy: policy.name,
        phase: verdict.phase,
        python: `${facts.python.full ?? version_formatPythonVersion(facts.python)} (${facts.python.source})`,
        rust: rustState,
        rustc: rust.release ? `${rust.release}${rust.rustc.path ? ` at ${rust.rustc.path}` : ""}` : null,
        cargo: rust.cargo.path ? `${rust.cargo.path} (${rust.cargo.source})` : null,
        msrv: facts.msrv ? `${facts.msrv.version} (${facts.msrv.source})` : null,
        platform: facts.platform.triplet,
        "rust target": facts.platform.rustTarget ?? "none",
        "rust tier": facts.platform.rustTier ?? null,
        "PEP 11 tier": facts.platform.pep11Tier ?? null,
        "--with-rust": facts.configure.flag ?? "(not given)",
        "rust required": verdict.rustRequired,
        "rust modules": verdict.rustModules,
    };
    if (check.conformance) {
        const failed = check.conformance.scenarios.filter((s) => s.mismatches.length > 0).length;
        flat["conformance"] = failed
            ? `${failed} of ${check.conformance.scenarios.length} scenarios differ`
            : `${check.conformance.scenarios.length} scenarios conform`;
    }
    return flat;
}

;// CONCATENATED MODULE: ../policy/src/conformance/index.ts





;// CONCATENATED MODULE: ../policy/src/facts/index.ts






;// CONCATENATED MODULE: ../policy/src/impact.ts
/**
 * The distributors' question: under a policy, which platforms lose CPython (configure fails) in which
 * version? Each cell is a real `evaluate()` of synthetic facts: a current Rust is assumed installed
 * wherever Rust has host tools or std for the platform's target; a platform whose target has neither
 * gets a Rust without that target's std; a platform with no Rust target at all gets `no-rust-target`.
 */



/** The Rust release the impact report assumes by default: the stable release the tier table describes. */
const CURRENT_RUST_RELEASE = "1.95.0";
/** One version per phase boundary: each phase's first and last version where it names them. */
function representativeVersions(policy) {
    const versions = new Set();
    for (const phase of policy.phases) {
        if (phase.from !== undefined)
            versions.add(phase.from);
        if (phase.until !== undefined)
            versions.add(phase.until);
    }
    return [...versions].sort(comparePythonVersions);
}
function rustFor(platform, options, release) {
    const base = { cargo: {}, rustc: {} };
    if (options.rust?.available === false) {
        return ["absent", { ...base, available: false, assumed: "absent", problem: "Rust assumed absent" }];
    }
    const present = { ...base, available: true, assumed: "present", release };
    if (platform.rustTarget === null)
        return ["no-target", present];
    if (platform.hostTools === true || platform.rustStd === "full") {
        return ["present", { ...present, installedTargets: [platform.rustTarget] }];
    }
    return ["no-std", { ...present, installedTargets: [] }];
}
function impact_outcomeOf(verdict) {
    if (verdict.reasons.some((reason) => reason.code === "rust-not-used"))
        return "not-used";
    if (verdict.outcome === "fail")
        return "fail";
    if (verdict.outcome === "warn")
        return "warn";
    return verdict.rustModules === "build" ? "build" : "skip";
}
/** Evaluate the policy for every (platform, Python version) pair under the report's Rust assumptions. */
function impact_impact(policy, options = {}) {
    const versions = [...(options.pythonVersions ?? representativeVersions(policy))];
    const release = options.rust?.release ?? CURRENT_RUST_RELEASE;
    const rows = (options.platforms ?? DEFAULT_IMPACT_PLATFORMS).map((triplet) => {
        const platform = platformFacts(triplet);
        const [rust, rustFacts] = rustFor(platform, options, release);
        const cells = versions.map((python) => {
            const facts = {
                python: { ...parsePythonVersion(python, "impact Python version"), source: "impact report" },
                rust: rustFacts,
                platform,
                configure: { withRust: "default", args: [] },
            };
            const verdict = evaluate(policy, facts);
            return { python, outcome: impact_outcomeOf(verdict), verdict };
        });
        return { platform, rust, cells };
    });
    return { policy: policy.name, pythonVersions: versions, rustRelease: release, rows };
}
// ---------------------------------------------------------------------------------------------
// Rendering
const MARKDOWN_CELL = {
    build: "✅ build",
    skip: "➖ skip",
    warn: "⚠️ warn",
    fail: "❌ fail",
    "not-used": "— unused",
};
const TEXT_CELL = {
    build: "build",
    skip: "skip",
    warn: "WARN",
    fail: "FAIL",
    "not-used": "unused",
};
function rustSupport(row) {
    const { platform } = row;
    if (platform.rustTarget === null)
        return "none";
    const what = platform.hostTools ? "host tools" : platform.rustStd === "full" ? "std only" : "no std";
    return `tier ${platform.rustTier ?? "?"}, ${what}`;
}
function pep11(platform) {
    return platform.pep11Tier ? `tier ${platform.pep11Tier}` : "—";
}
/** "3.17: alpha-unknown-linux-gnu, hppa-unknown-linux-gnu" for every version where some platform fails. */
function failureSummary(report) {
    return report.pythonVersions.flatMap((python, index) => {
        const failing = report.rows.filter((row) => row.cells[index]?.outcome === "fail");
        if (failing.length === 0)
            return [];
        return [`${python}: ${failing.map((row) => row.platform.triplet).join(", ")}`];
    });
}
function assumption(report) {
    return (`Assumes Rust ${report.rustRelease} wherever Rust has host tools or std for the platform's target, ` +
        `and no configure flags.`);
}
/** A Markdown table (rows: platforms, columns: CPython versions) plus the list of failing platforms. */
function impact_renderImpactTable(report) {
    const header = ["Platform", "Rust target", "Rust support", "PEP 11", ...report.pythonVersions];
    const lines = [
        `Impact of policy \`${report.policy}\`. ${assumption(report)}`,
        "",
        `| ${header.join(" | ")} |`,
        `|${header.map(() => "---").join("|")}|`,
    ];
    for (const row of report.rows) {
        const cells = [
            `\`${row.platform.triplet}\``,
            row.platform.rustTarget === null ? "—" : `\`${row.platform.rustTarget}\``,
            rustSupport(row),
            pep11(row.platform),
            ...row.cells.map((cell) => MARKDOWN_CELL[cell.outcome]),
        ];
        lines.push(`| ${cells.join(" | ")} |`);
    }
    const failures = failureSummary(report);
    lines.push("");
    if (failures.length === 0) {
        lines.push("No platform fails to configure in these versions.");
    }
    else {
        lines.push("Platforms where configure fails:", "");
        for (const failure of failures)
            lines.push(`- **${failure.replace(":", "**:")}`);
    }
    return `${lines.join("\n")}\n`;
}
/** The same report as aligned plain text, for the CLI. */
function renderImpactText(report) {
    const header = ["platform", "rust target", "rust support", "pep 11", ...report.pythonVersions];
    const body = report.rows.map((row) => [
        row.platform.triplet,
        row.platform.rustTarget ?? "-",
        rustSupport(row),
        row.platform.pep11Tier ? String(row.platform.pep11Tier) : "-",
        ...row.cells.map((cell) => TEXT_CELL[cell.outcome]),
    ]);
    const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]?.length ?? 0)));
    const format = (cells) => cells
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd();
    const lines = [`Impact of policy ${report.policy}. ${assumption(report)}`, "", format(header)];
    lines.push(format(widths.map((width) => "-".repeat(width))));
    for (const cells of body)
        lines.push(format(cells));
    const failures = failureSummary(report);
    lines.push("", failures.length === 0 ? "No platform fails to configure in these versions." : "Configure fails:");
    for (const failure of failures)
        lines.push(`  ${failure}`);
    return `${lines.join("\n")}\n`;
}

;// CONCATENATED MODULE: ../policy/src/result.ts


const LEVEL = {
    pass: "notice",
    warn: "warning",
    fail: "failure",
};
/** Output lines quoted in a conformance annotation; the summary shows the last 20. */
const ANNOTATION_TAIL = 8;
/** The step fails at `fail-on`; the check shows a warn verdict as neutral. */
function conclusionOf(verdict, failOn) {
    if (reachesFailOn(verdict.outcome, failOn))
        return "failure";
    return verdict.outcome === "pass" ? "success" : "neutral";
}
/** A conformance mismatch carries its evidence: the command, exit status and last output lines. */
function resultReason(reason, conformance) {
    const result = { level: LEVEL[reason.outcome], code: reason.code, message: reason.message };
    if (reason.code !== "conformance-mismatch" || !conformance)
        return result;
    const scenario = conformance.scenarios.find((s) => s.mismatches.length > 0 && reason.message.includes(` ${s.description}: `));
    if (!scenario)
        return result;
    const exit = scenario.observed.exitCode === null ? "killed" : `exit ${scenario.observed.exitCode}`;
    const tail = scenario.tail.slice(-ANNOTATION_TAIL);
    result.title = `configure ${scenario.description} (${exit})`;
    result.message = [
        reason.message,
        `command: ${scenario.argv.join(" ")}${scenario.rustHidden ? " (Rust hidden)" : ""} → ${exit}`,
        ...(tail.length ? ["last output lines:", ...tail.map((line) => `  ${line}`)] : []),
    ].join("\n");
    return result;
}
/** The check as the step's `oxidize/result@1`: its verdict, facts, reasons and conformance evidence. */
function policyResult(check, options) {
    const { facts, verdict, policy } = check;
    const result = {
        schema: RESULT_SCHEMA,
        action: "configure-policy",
        conclusion: conclusionOf(verdict, options.failOn),
        title: `${verdict.outcome}: ${verdict.message}`,
        facts: checkFacts(check),
        reasons: [
            ...(facts.python.disagreement
                ? [
                    {
                        level: "warning",
                        code: "python-version-disagreement",
                        title: "python-version disagrees with the source tree",
                        message: facts.python.disagreement,
                    },
                ]
                : []),
            ...verdict.reasons.map((reason) => resultReason(reason, check.conformance)),
        ],
        details: {
            verdict,
            facts,
            ...(check.conformance ? { conformance: check.conformance } : {}),
            policy: { name: policy.name, ...(policy.source ? { source: policy.source } : {}) },
            failOn: options.failOn,
        },
        timings: check.timings,
        startedAt: options.startedAt.toISOString(),
        finishedAt: options.finishedAt.toISOString(),
    };
    return result;
}

;// CONCATENATED MODULE: ../policy/src/result-summary.ts



/** The conformance runs as a table plus, for each one that differs, its evidence. */
function renderConformance(report) {
    const rows = report.scenarios.map((s) => [
        s.mismatches.length ? "❌" : s.skipped ? "⏭️" : "✅",
        s.description,
        `\`${s.argv.join(" ")}\``,
        s.observed.exitCode === null ? "killed" : s.observed.exitCode,
        s.expected.outcome,
        s.observed.outcome,
    ]);
    const parts = [
        `#### Conformance run in \`${report.cwd}\``,
        table(["", "Scenario", "Command", "Exit", "Policy requires", "configure did"], rows),
    ];
    for (const s of report.scenarios.filter((r) => r.mismatches.length > 0 || r.skipped)) {
        const lines = [
            `**${s.description}** — ${s.skipped ?? s.mismatches.map((m) => cell(m)).join("; ")}`,
            "",
            `Required: ${s.expected.outcome} — \`${s.expected.message}\``,
            "",
            `Last ${s.tail.length} lines of output (exit ${s.observed.exitCode ?? "killed"}):`,
            "",
            "```text",
            ...s.tail.map((line) => line.replace(/```/g, "'''")),
            "```",
        ];
        parts.push(lines.join("\n"));
    }
    return `${parts.join("\n\n")}\n`;
}
/** Which platforms configure would fail on for this Python version, under the same policy. */
function renderImpact(policy, python) {
    const version = formatPythonVersion(python);
    const report = impact(policy, { pythonVersions: [version] });
    return `<details><summary>Impact of this policy on CPython ${version} across platforms</summary>\n\n${renderImpactTable(report)}\n</details>\n`;
}
/** What the job summary shows after the result itself: the conformance evidence, then the policy's impact. */
function policySummary(check) {
    const parts = check.conformance ? [renderConformance(check.conformance)] : [];
    parts.push(renderImpact(check.policy, check.facts.python));
    return parts.join("\n");
}

;// CONCATENATED MODULE: ../policy/src/tree/index.ts





;// CONCATENATED MODULE: ../policy/src/index.ts















;// CONCATENATED MODULE: ./src/commands/policy.ts





const usage = `usage: oxidize policy <evaluate|conformance|impact> [options]

  evaluate      what configure must do about Rust for this build (pass, warn or fail)
  conformance   evaluate, then run configure with Rust present and hidden and check it complies
  impact        which platforms pass, warn or fail in which CPython version under a policy

options (evaluate, conformance; as the configure-policy action's inputs):
  --policy <name|file>        preset (pre-pep-2025, optional-modules, summit-2026, accelerators) or policy file
                              (default: ${DEFAULT_PRESET})
  --python-version <x.y|auto> CPython version (default: auto, read from the source tree)
  --trust-python-version      when --python-version and the tree disagree, use --python-version (default: the tree's)
  --source-dir <path>         CPython source tree (default: current directory)
  --configure-args <args>     configure arguments, e.g. "--prefix=/x --with-rust=no" (never run by a shell)
  --rust <auto|present|absent>  detect Rust, or assume it present/absent (default: auto)
  --msrv <version>            minimum supported Rust version (default: Cargo.toml rust-version, else the policy's)
  --target <triplet>          host triplet (default: the detected rustc's host, else this machine)
  --run <command>             configure command for a conformance run (required by conformance)
  --timeout <seconds>         per configure run of a conformance check (default: 600)
  --fail-on <fail|warn|never> which verdict makes the exit status 1 (default: fail)
  --json                      print the verdict, facts and conformance evidence as JSON

options (impact):
  --policy <name|file>        as above
  --python-version <a,b>      CPython versions (columns; default: each phase boundary)
  --target <a,b>              host triplets (rows; default: PEP 11's platforms and niche architectures)
  --rust <present|absent>     assume Rust present (default) or absent everywhere
  --markdown                  a Markdown table instead of aligned text
  --json                      the report as JSON

exit status: 0 below fail-on, 1 the verdict reaches fail-on, 2 usage or configuration error
`;
class UsageError extends Error {
}
const OPTIONS = {
    policy: { type: "string" },
    "python-version": { type: "string" },
    "trust-python-version": { type: "boolean" },
    "source-dir": { type: "string" },
    "configure-args": { type: "string" },
    rust: { type: "string" },
    msrv: { type: "string" },
    target: { type: "string" },
    run: { type: "string" },
    timeout: { type: "string" },
    "fail-on": { type: "string" },
    json: { type: "boolean" },
    markdown: { type: "boolean" },
    help: { type: "boolean", short: "h" },
};
/**
 * Like getopt, a string option takes the next word whatever it looks like, so
 * `--configure-args "--with-rust=no"` works (node's parseArgs would call it ambiguous).
 */
function joinStringValues(args) {
    const joined = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        const name = arg.startsWith("--") ? arg.slice(2) : undefined;
        const option = name === undefined ? undefined : OPTIONS[name];
        if (option?.type === "string" && i + 1 < args.length) {
            joined.push(`${arg}=${args[++i]}`);
        }
        else {
            joined.push(arg);
        }
    }
    return joined;
}
function parseFlags(args) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({
            args: joinStringValues(args),
            options: OPTIONS,
            allowPositionals: false,
            strict: true,
        }).values;
    }
    catch (error) {
        throw new UsageError(error.message);
    }
}
function choice(flag, value, choices, fallback) {
    if (value === undefined)
        return fallback;
    if (choices.includes(value))
        return value;
    throw new UsageError(`--${flag} must be one of ${choices.join(", ")}; got '${value}'`);
}
const policy_list = (value) => {
    const items = value
        ?.split(",")
        .map((s) => s.trim())
        .filter((s) => s !== "");
    return items && items.length > 0 ? items : undefined;
};
async function policyCommand(args, io) {
    const [sub, ...rest] = args;
    if (sub === undefined || sub === "--help" || sub === "-h" || sub === "help") {
        io.stdout(usage);
        return sub === undefined ? 2 : 0;
    }
    try {
        const flags = parseFlags(rest);
        if (flags.help) {
            io.stdout(usage);
            return 0;
        }
        switch (sub) {
            case "evaluate":
                return await evaluateCommand(flags, io, false);
            case "conformance":
                return await evaluateCommand(flags, io, true);
            case "impact":
                return await impactCommand(flags, io);
            default:
                throw new UsageError(`unknown subcommand '${sub}'`);
        }
    }
    catch (error) {
        if (error instanceof UsageError) {
            io.stderr(`oxidize policy: ${error.message}\n\n${usage}`);
            return 2;
        }
        if (error instanceof src/* UserError */.yo) {
            io.stderr(`oxidize policy: ${error.message}\n`);
            return 2;
        }
        throw error;
    }
}
async function evaluateCommand(flags, io, conformance) {
    if (conformance && !flags.run?.trim()) {
        throw new UsageError("conformance needs --run <configure command>, e.g. --run './configure --prefix=/tmp/x'");
    }
    if (flags.markdown)
        throw new UsageError("--markdown applies to impact only");
    const failOn = choice("fail-on", flags["fail-on"], FAIL_ON_CHOICES, "fail");
    const rust = choice("rust", flags.rust, RUST_CHOICES, "auto");
    const timeout = flags.timeout === undefined ? undefined : Number(flags.timeout);
    if (timeout !== undefined && !(Number.isFinite(timeout) && timeout > 0)) {
        throw new UsageError(`--timeout must be a positive number of seconds; got '${flags.timeout}'`);
    }
    const python = flags["python-version"];
    const check = await checkPolicy({
        policy: flags.policy ?? DEFAULT_PRESET,
        sourceDir: (0,external_node_path_.resolve)(io.cwd, flags["source-dir"] ?? "."),
        env: io.env,
        cwd: io.cwd,
        rust,
        ...(python !== undefined && python !== "auto" ? { pythonVersion: python } : {}),
        ...(flags["trust-python-version"] ? { trustPythonVersion: true } : {}),
        ...(flags["configure-args"] !== undefined ? { configureArgs: flags["configure-args"] } : {}),
        ...(flags.msrv !== undefined ? { msrv: flags.msrv } : {}),
        ...(flags.target !== undefined ? { target: flags.target } : {}),
        ...(flags.run !== undefined ? { run: flags.run } : {}),
        ...(timeout !== undefined ? { runTimeoutMs: timeout * 1000 } : {}),
    });
    const fails = policy_check_reachesFailOn(check.verdict.outcome, failOn);
    if (flags.json) {
        const { policy, facts, verdict, conformance: report } = check;
        const json = {
            policy: policy.name,
            verdict,
            facts,
            conformance: report,
            failOn,
            exitStatus: fails ? 1 : 0,
        };
        io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    }
    else {
        io.stdout(renderCheck(check));
    }
    return fails ? 1 : 0;
}
function renderCheck(check) {
    const { verdict, policy } = check;
    const lines = [
        `verdict: ${verdict.outcome} (policy ${policy.name}, phase ${verdict.phase})`,
        verdict.message,
        "",
    ];
    const facts = Object.entries(policy_check_checkFacts(check));
    const width = Math.max(...facts.map(([label]) => label.length));
    lines.push("facts:");
    for (const [label, value] of facts)
        lines.push(`  ${label.padEnd(width)}  ${value ?? "-"}`);
    lines.push("", "reasons:");
    if (check.facts.python.disagreement)
        lines.push(`  [warn] python-version-disagreement: ${check.facts.python.disagreement}`);
    for (const reason of verdict.reasons)
        lines.push(`  [${reason.outcome}] ${reason.code}: ${reason.message}`);
    if (check.conformance)
        lines.push("", ...renderConformanceText(check.conformance));
    return `${lines.join("\n")}\n`;
}
function renderConformanceText(report) {
    const lines = [`conformance run in ${report.cwd}:`];
    for (const s of report.scenarios) {
        const mark = s.mismatches.length ? "FAIL" : s.skipped ? "skip" : "ok";
        const exit = s.observed.exitCode === null ? "killed" : `exit ${s.observed.exitCode}`;
        lines.push(`  ${mark.padEnd(4)}  ${s.description}: ${s.argv.join(" ")} → ${exit}; policy requires ${s.expected.outcome}, configure did ${s.observed.outcome}`);
        if (s.skipped)
            lines.push(`        ${s.skipped}`);
        if (s.mismatches.length === 0)
            continue;
        for (const mismatch of s.mismatches)
            lines.push(`        - ${mismatch}`);
        lines.push(`        required: ${s.expected.message}`, `        last ${s.tail.length} lines of output:`);
        for (const line of s.tail)
            lines.push(`          | ${line}`);
    }
    return lines;
}
async function impactCommand(flags, io) {
    for (const flag of [
        "source-dir",
        "configure-args",
        "msrv",
        "run",
        "timeout",
        "fail-on",
        "trust-python-version",
    ]) {
        if (flags[flag] !== undefined)
            throw new UsageError(`--${flag} does not apply to impact`);
    }
    const rust = choice("rust", flags.rust, ["present", "absent"], "present");
    const policy = await loadPolicy(flags.policy ?? DEFAULT_PRESET, {
        readFile: (path) => (0,promises_.readFile)(path, "utf8"),
        cwd: io.cwd,
    });
    const pythonVersions = policy_list(flags["python-version"]);
    const platforms = policy_list(flags.target);
    const report = impact_impact(policy, {
        ...(pythonVersions ? { pythonVersions } : {}),
        ...(platforms ? { platforms } : {}),
        ...(rust === "absent" ? { rust: { available: false } } : {}),
    });
    if (flags.json)
        io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    else
        io.stdout(flags.markdown ? impact_renderImpactTable(report) : renderImpactText(report));
    return 0;
}

;// CONCATENATED MODULE: ./src/commands/toolchain.ts





const toolchain_usage = `usage: oxidize toolchain resolve [options]

Show the toolchain setup-rust would install for a directory: the same code as the action, so the
same answer — the toolchain decided exactly like rustup (--toolchain > RUSTUP_TOOLCHAIN > nearest
rust-toolchain / rust-toolchain.toml > stable), an unquoted YAML version repaired, the profile,
and the MSRV check.

options:
  --dir <path>            the action's working-directory: where the toolchain-file walk starts (default: .)
  --toolchain <name>      as the action's toolchain input (e.g. 1.85.0, nightly-2025-02-20)
  --components <a,b>      extra components, added to the toolchain file's
  --targets <a,b>         extra targets, added to the toolchain file's
  --profile <name>        minimal | default | complete (overrides the file's; default minimal)
  --msrv-from <path>      where the search for the Cargo.toml with rust-version starts (default: --dir)
  --installer <kind>      auto | rustup | dist, as the action's input: picks how the host is found (default auto)
  --host <triple>         the host triple (default: what the installer would use)
  --require-pinned        fail when the toolchain floats (stable, beta, nightly, 1.85, …)
  --json                  print the result (or the error) as JSON
  -h, --help              show this help

exit status: 0 resolved, 1 resolution error, 2 usage error
`;
const toolchain_list = (value) => value
    ?.split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
function parseResolveArgs(args) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args,
        options: {
            dir: { type: "string" },
            toolchain: { type: "string" },
            components: { type: "string" },
            targets: { type: "string" },
            profile: { type: "string" },
            "msrv-from": { type: "string" },
            installer: { type: "string" },
            host: { type: "string" },
            "require-pinned": { type: "boolean" },
            json: { type: "boolean" },
        },
        allowPositionals: true,
        strict: true,
    });
    if (positionals.length > 0)
        throw new TypeError(`unexpected argument '${positionals[0]}'`);
    if (values.installer !== undefined && !INSTALLERS.includes(values.installer)) {
        throw new TypeError(`--installer must be one of ${INSTALLERS.join(", ")}; got '${values.installer}'`);
    }
    return values;
}
function formatText(setup, hostFrom, msrv) {
    const { resolved } = setup;
    const rows = [
        ["toolchain", resolved.toolchain],
        ["source", resolved.source],
    ];
    if (resolved.file)
        rows.push(["file", resolved.file]);
    if (resolved.kind === "official") {
        const date = resolved.date ? ` (${resolved.date})` : "";
        rows.push(["channel", `${resolved.channel}${date}${resolved.floating ? ", floating" : ", pinned"}`]);
        rows.push(["components", resolved.components.join(", ") || "(none)"]);
        rows.push(["targets", resolved.targets.join(", ") || "(none)"]);
        rows.push(["profile", resolved.profile]);
    }
    rows.push(["host", `${resolved.host} (${hostFrom})`]);
    if (msrv)
        rows.push(["msrv", `${msrv.status}: ${msrv.message}`]);
    const width = Math.max(...rows.map(([k]) => k.length)) + 2;
    const lines = rows.map(([k, v]) => `${`${k}:`.padEnd(width)}${v}`);
    for (const warning of setup.warnings)
        lines.push(`warning: ${warning.message}`);
    return `${lines.join("\n")}\n`;
}
function reportError(error, json, io) {
    const resolution = error instanceof ToolchainResolutionError;
    const message = resolution ? error.rustupMessage : error.message;
    const help = resolution ? error.help : undefined;
    if (json) {
        const code = resolution ? error.code : undefined;
        const file = resolution ? error.file : undefined;
        io.stdout(`${JSON.stringify({ error: { code, message, help, file } }, null, 2)}\n`);
    }
    else {
        io.stderr(`error: ${message}\n${help ? `help: ${help}\n` : ""}`);
    }
    return 1;
}
async function resolveCommand(args, io) {
    let flags;
    try {
        flags = parseResolveArgs(args);
    }
    catch (error) {
        io.stderr(`oxidize toolchain resolve: ${error.message}\n${toolchain_usage}`);
        return 2;
    }
    const json = flags.json === true;
    const dir = (0,external_node_path_.resolve)(io.cwd, flags.dir ?? ".");
    try {
        let host;
        if (flags.host) {
            host = { host: flags.host, from: "--host" };
        }
        else {
            const choice = (flags.installer ?? "auto");
            const installer = await install_chooseInstaller(choice, io.env, environment_toolHomes(io.env, (0,external_node_os_namespaceObject.homedir)()));
            host = await setupHost(installer.kind);
        }
        const components = toolchain_list(flags.components);
        const targets = toolchain_list(flags.targets);
        const setup = await resolve_setup_resolveSetup({
            ...(flags.toolchain !== undefined && { toolchain: flags.toolchain }),
            workingDirectory: dir,
            ...(components !== undefined && { components }),
            ...(targets !== undefined && { targets }),
            ...(flags.profile !== undefined && { profile: flags.profile }),
            requirePinned: flags["require-pinned"] === true,
            ...(flags["msrv-from"] !== undefined && { msrvFrom: (0,external_node_path_.resolve)(io.cwd, flags["msrv-from"]) }),
            host: host.host,
            env: io.env,
        });
        if (json) {
            const out = {
                ...setup.resolved,
                warnings: setup.warnings.map((w) => w.message),
                hostFrom: host.from,
                ...(setup.msrv && setup.msrvCheck && { msrv: { ...setup.msrv, ...setup.msrvCheck } }),
            };
            io.stdout(`${JSON.stringify(out, null, 2)}\n`);
        }
        else {
            io.stdout(formatText(setup, `from ${host.from}`, setup.msrvCheck));
        }
        return 0;
    }
    catch (error) {
        if (error instanceof src/* UserError */.yo)
            return reportError(error, json, io);
        throw error;
    }
}
async function toolchainCommand(args, io) {
    const [sub, ...rest] = args;
    if (sub === "--help" ||
        sub === "-h" ||
        (sub === "resolve" && (rest.includes("--help") || rest.includes("-h")))) {
        io.stdout(toolchain_usage);
        return 0;
    }
    if (sub !== "resolve") {
        io.stderr(`oxidize toolchain: ${sub === undefined ? "missing subcommand" : `unknown subcommand '${sub}'`}\n${toolchain_usage}`);
        return 2;
    }
    return resolveCommand(rest, io);
}

;// CONCATENATED MODULE: ./src/main.ts


const commands = {
    policy: policyCommand,
    toolchain: toolchainCommand,
};
const main_usage = `usage: oxidize <command> [options]

commands:
  policy evaluate|impact|conformance   decide what configure must do (see: oxidize policy --help)
  toolchain resolve                    the toolchain setup-rust would install (see: oxidize toolchain --help)
`;
async function main(args, io) {
    const [name, ...rest] = args;
    if (name === undefined || name === "--help" || name === "-h") {
        io.stdout(main_usage);
        return name === undefined ? 2 : 0;
    }
    const command = commands[name];
    if (!command) {
        io.stderr(`oxidize: unknown command '${name}'\n${main_usage}`);
        return 2;
    }
    return command(rest, io);
}


/***/ }),

/***/ 8974:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  KX: () => (/* reexport */ MAX_JSON_DEPTH),
  yo: () => (/* reexport */ UserError),
  gJ: () => (/* reexport */ errorMessage),
  fM: () => (/* reexport */ lastLine),
  iS: () => (/* reexport */ nestedDeeperThan),
  RM: () => (/* reexport */ parseCommand),
  lk: () => (/* reexport */ parseJsonText),
  R3: () => (/* reexport */ runProcess)
});

// UNUSED EXPORTS: ArgumentSyntaxError, describeJsonError, splitWords

;// CONCATENATED MODULE: ../core/src/user-error.ts
/**
 * Something the user can act on: an input, a file they wrote, their machine, a server they chose.
 * Every package's "this is wrong, here is the fix" error extends it, and the actions report it as
 * one line without a stack trace. Anything thrown that is not a UserError is our bug.
 *
 * Messages name what is wrong (the input, the file) and how to fix it.
 */
class UserError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** The message of any thrown value, without assuming it is an Error. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ../core/src/command.ts

/** Words that cannot be split: an unterminated quote or a trailing backslash. */
class ArgumentSyntaxError extends UserError {
}
/**
 * Splits a command line into words the way a POSIX shell would for plain words and quotes, and
 * nothing more: no variable or command expansion, no globbing, no redirection, no operators.
 * `$HOME`, `*` and `;` stay literal characters, so a command taken from an input can never run
 * anything but the program it names.
 *
 * Rules: whitespace separates words; '…' keeps everything literally; "…" keeps everything except
 * that \" \\ \$ \` and \<newline> are escapes; outside quotes a backslash escapes the next
 * character (and \<newline> is a line continuation).
 */
function splitWords(text) {
    const words = [];
    let word = "";
    // Distinguishes an empty quoted word ('') from no word at all.
    let inWord = false;
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === " " || c === "\t" || c === "\n" || c === "\r") {
            if (inWord)
                words.push(word);
            word = "";
            inWord = false;
            i++;
        }
        else if (c === "'") {
            const end = text.indexOf("'", i + 1);
            if (end < 0)
                throw unbalanced("single quote (')", i, text);
            word += text.slice(i + 1, end);
            inWord = true;
            i = end + 1;
        }
        else if (c === '"') {
            i++;
            let closed = false;
            while (i < text.length) {
                const d = text[i];
                if (d === '"') {
                    closed = true;
                    i++;
                    break;
                }
                if (d === "\\" && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1])) {
                    if (text[i + 1] !== "\n")
                        word += text[i + 1];
                    i += 2;
                }
                else {
                    word += d;
                    i++;
                }
            }
            if (!closed)
                throw unbalanced('double quote (")', text.lastIndexOf('"'), text);
            inWord = true;
        }
        else if (c === "\\") {
            if (i + 1 >= text.length) {
                throw new ArgumentSyntaxError(`The arguments end with a lone backslash: ${JSON.stringify(text)}. Remove it or escape it as \\\\.`);
            }
            if (text[i + 1] !== "\n") {
                word += text[i + 1];
                inWord = true;
            }
            i += 2;
        }
        else {
            word += c;
            inWord = true;
            i++;
        }
    }
    if (inWord)
        words.push(word);
    return words;
}
function unbalanced(what, at, text) {
    return new ArgumentSyntaxError(`Unbalanced ${what} at position ${at + 1} in ${JSON.stringify(text)}: close the quote ` +
        `(arguments are split like a shell would, but nothing is expanded or executed).`);
}
/**
 * A command or argument list as users write it in an input or a flag: a JSON array of strings
 * (`["python3", "-c", "print(1)"]`), or words split by `splitWords`. Never run through a shell.
 * `what` names the input in errors, e.g. `Input 'run'`.
 */
function parseCommand(text, what) {
    const trimmed = text?.trim() ?? "";
    if (trimmed === "")
        return [];
    if (trimmed.startsWith("[")) {
        let parsed;
        try {
            parsed = JSON.parse(trimmed);
        }
        catch (error) {
            throw new ArgumentSyntaxError(`${what} looks like a JSON array but is not valid JSON: ${error.message}. ` +
                `Write a JSON array of strings, e.g. ["python3", "check.py"], or plain words.`);
        }
        if (!Array.isArray(parsed) || !parsed.every((a) => typeof a === "string")) {
            throw new ArgumentSyntaxError(`${what} must be a JSON array of strings, e.g. ["python3", "check.py"].`);
        }
        return parsed;
    }
    try {
        return splitWords(trimmed);
    }
    catch (error) {
        throw new ArgumentSyntaxError(`${what}: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ../core/src/json.ts
/**
 * Reading JSON that came from outside (result files, reports, policies) without echoing it: an
 * error says where and what kind, never quotes the text (a file named by an input could be any
 * file on the runner), and a document nested deeper than any real one is refused before a
 * recursive validator can overflow the stack on it.
 */
/** The deepest nesting any document we read legitimately has, with room to spare. */
const MAX_JSON_DEPTH = 64;
/** Why JSON.parse refused a text, without the excerpt of it that V8 puts in its message. */
function describeJsonError(error) {
    if (error instanceof RangeError)
        return "it is nested too deeply";
    const message = error instanceof Error ? error.message : String(error);
    if (/Unexpected end of JSON input/.test(message))
        return "it ends in the middle of a value";
    const at = /at position (\d+)/.exec(message);
    return at ? `it is not valid JSON (at character ${Number(at[1]) + 1})` : "it is not valid JSON";
}
/** Whether a parsed value nests arrays/objects deeper than `limit` (iterative: no recursion). */
function nestedDeeperThan(value, limit = MAX_JSON_DEPTH) {
    const stack = [[value, 0]];
    while (stack.length > 0) {
        const [item, depth] = stack.pop();
        if (typeof item !== "object" || item === null)
            continue;
        if (depth >= limit)
            return true;
        for (const child of Object.values(item))
            stack.push([child, depth + 1]);
    }
    return false;
}
/**
 * JSON.parse with both checks: the value, or a sentence for "<file> <sentence>" such as
 * "is not JSON: it ends in the middle of a value".
 */
function parseJsonText(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { problem: `is not JSON: ${describeJsonError(error)}` };
    }
    if (nestedDeeperThan(value))
        return { problem: `nests values more than ${MAX_JSON_DEPTH} levels deep` };
    return { value };
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ../core/src/process.ts

const DEFAULT_CAPTURE = 1024 * 1024;
/** How long after the program's exit its output may still arrive before leftovers are killed. */
const DRAIN_GRACE_MS = 500;
/** A string that keeps only its last `limit` characters, trimming in amortised O(1). */
class Tail {
    limit;
    text = "";
    constructor(limit) {
        this.limit = limit;
    }
    push(chunk) {
        this.text += chunk;
        if (this.text.length > 2 * this.limit)
            this.text = this.text.slice(-this.limit);
    }
    toString() {
        return this.text.length > this.limit ? this.text.slice(-this.limit) : this.text;
    }
}
/** Splits a stream into lines, handing each complete one (without its CR/LF) to `emit`. */
function lineSplitter(emit) {
    let pending = "";
    return {
        push(chunk) {
            pending += chunk;
            let nl = pending.indexOf("\n");
            while (nl >= 0) {
                emit(pending.slice(0, nl).replace(/\r$/, ""));
                pending = pending.slice(nl + 1);
                nl = pending.indexOf("\n");
            }
        },
        end() {
            if (pending !== "")
                emit(pending);
            pending = "";
        },
    };
}
/** The one way every package runs a program: no shell, streamed lines, bounded output, a deadline. */
const runProcess = (file, args, options) => new Promise((resolve) => {
    const started = performance.now();
    const posix = process.platform !== "win32";
    const limit = options.maxCaptureChars ?? DEFAULT_CAPTURE;
    const stdout = new Tail(limit);
    const stderr = new Tail(limit);
    const output = new Tail(limit);
    let timedOut = false;
    const child = (0,external_node_child_process_namespaceObject.spawn)(file, [...args], {
        cwd: options.cwd,
        env: options.env,
        shell: false,
        stdio: ["ignore", "pipe", "pipe"],
        // Its own process group, so the deadline also stops what it started (compilers, sub-shells).
        detached: posix,
        windowsHide: true,
    });
    const outLines = options.onStdoutLine ? lineSplitter(options.onStdoutLine) : undefined;
    const errLines = options.onStderrLine ? lineSplitter(options.onStderrLine) : undefined;
    // utf8 decoding in the stream keeps a character split across chunks whole.
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (chunk) => {
        stdout.push(chunk);
        output.push(chunk);
        outLines?.push(chunk);
    });
    child.stderr.on("data", (chunk) => {
        stderr.push(chunk);
        output.push(chunk);
        errLines?.push(chunk);
    });
    const timer = setTimeout(() => {
        timedOut = true;
        try {
            if (posix && child.pid !== undefined)
                process.kill(-child.pid, "SIGKILL");
            else
                child.kill("SIGKILL");
        }
        catch {
            child.kill("SIGKILL");
        }
    }, options.timeoutMs);
    let settled = false;
    const finish = (exitCode, signal, startError) => {
        if (settled)
            return;
        settled = true;
        clearTimeout(timer);
        outLines?.end();
        errLines?.end();
        resolve({
            exitCode: timedOut ? null : exitCode,
            signal,
            stdout: stdout.toString(),
            stderr: stderr.toString(),
            output: output.toString(),
            timedOut,
            ...(startError !== undefined && { startError }),
            durationMs: performance.now() - started,
        });
    };
    child.on("error", (error) => finish(null, null, error.message));
    child.on("close", (code, signal) => finish(code, signal));
    // The run ends when the program exits, not when its pipes close: a configure that leaves
    // `(sleep 15) &` behind holds them open. Once what was written has drained, whatever still
    // holds them in its process group is killed.
    child.on("exit", (code, signal) => {
        setTimeout(() => {
            if (settled)
                return;
            try {
                if (posix && child.pid !== undefined)
                    process.kill(-child.pid, "SIGKILL");
            }
            catch {
                // The group is already gone.
            }
            child.stdout.destroy();
            child.stderr.destroy();
            finish(code, signal);
        }, DRAIN_GRACE_MS).unref();
    });
});
/** The last non-empty line of some output, for one-line failure reasons. */
function lastLine(text) {
    const lines = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== "");
    return lines[lines.length - 1] ?? "";
}

;// CONCATENATED MODULE: ../core/src/index.ts






/***/ }),

/***/ 4750:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   qB: () => (/* binding */ TooLargeError),
/* harmony export */   sC: () => (/* binding */ CorruptArchiveError),
/* harmony export */   sy: () => (/* binding */ InstallError),
/* harmony export */   td: () => (/* binding */ UnsafeArchiveError)
/* harmony export */ });
/* unused harmony exports DownloadError, NotAvailableError, ComponentUnavailableError, HostUnsupportedError, ManifestError, ChecksumError, SignatureError, InstallTimeoutError */
/* harmony import */ var _oxidize_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8974);

// Every failure of the installer is an `InstallError` with a message that names the toolchain, URL, package or
// archive entry involved, so the action can print it as is. `retryable` tells the retry loop what a retry can fix.
class InstallError extends _oxidize_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    retryable = false;
}
/** A transient transport problem (connection reset, short body, 5xx, stall): retried with backoff. */
class DownloadError extends InstallError {
    url;
    status;
    retryable = true;
    constructor(message, url, status, options) {
        super(message, options);
        this.url = url;
        this.status = status;
    }
}
/** The server answered but has nothing for this request (404): no retry helps. */
class NotAvailableError extends (/* unused pure expression or super */ null && (InstallError)) {
}
/** A component or target the channel does not ship for this host. */
class ComponentUnavailableError extends (/* unused pure expression or super */ null && (InstallError)) {
}
/**
 * The release exists, but has no build of what was asked for this very host (no pkg.rust for it, or a component
 * marked unavailable for it): the one case `optional: true` forgives. A release or channel the server does not
 * have at all is a typo or a version not yet out.
 */
class HostUnsupportedError extends (/* unused pure expression or super */ null && (ComponentUnavailableError)) {
}
class ManifestError extends (/* unused pure expression or super */ null && (InstallError)) {
}
class ChecksumError extends InstallError {
    what;
    url;
    expected;
    actual;
    constructor(what, url, expected, actual) {
        super(`sha256 mismatch for ${what} downloaded from ${url}: expected ${expected}, got ${actual}`);
        this.what = what;
        this.url = url;
        this.expected = expected;
        this.actual = actual;
    }
}
class SignatureError extends (/* unused pure expression or super */ null && (InstallError)) {
}
/** An archive entry that would escape the destination or is not a plain file/dir; never retried. */
class UnsafeArchiveError extends InstallError {
}
class CorruptArchiveError extends InstallError {
}
class InstallTimeoutError extends (/* unused pure expression or super */ null && (InstallError)) {
}
/** The server sent more than any real file of its kind (a manifest, a signature, an archive) could be; no retry. */
class TooLargeError extends InstallError {
}


/***/ }),

/***/ 1337:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports DEFAULT_RETRY, abortableSleep, backoffDelay, withRetry, streamOnce, getBounded, fetchBytes */
/* harmony import */ var _oxidize_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8974);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4750);
// HTTP with the failure handling rustup lacks: every request (manifest, .sha256, .asc, packages) is retried with
// exponential backoff and jitter on network errors, 5xx and stalls; a stall is caught by an idle timer that only
// runs while we are waiting on the network (not while our own disk writes apply backpressure).


const DEFAULT_RETRY = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8000 };
function abortableSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(signal.reason);
        const timer = setTimeout(() => {
            signal.removeEventListener("abort", onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason);
        };
        signal.addEventListener("abort", onAbort, { once: true });
    });
}
function backoffDelay(attempt, retry, random) {
    const base = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(base * (0.5 + random()));
}
function overallTimeout(ctx) {
    const reason = ctx.signal.reason;
    return reason instanceof InstallError
        ? reason
        : new InstallTimeoutError(errorMessage(reason));
}
/** Runs `attempt` until it succeeds, fails with a non-retryable error, or the budget is spent. */
async function withRetry(what, ctx, attempt) {
    const total = Math.max(1, ctx.retry.attempts);
    for (let n = 1;; n++) {
        try {
            return await attempt(n);
        }
        catch (error) {
            if (ctx.signal.aborted)
                throw overallTimeout(ctx);
            const retryable = error instanceof InstallError && error.retryable;
            if (!retryable)
                throw error;
            if (n >= total) {
                throw new DownloadError(`${what} failed after ${total} attempts: ${errorMessage(error)}`, error.url ?? "", error.status, { cause: error });
            }
            const delay = backoffDelay(n, ctx.retry, ctx.random);
            ctx.logger.warning(`${what}: ${errorMessage(error)}; retrying in ${(delay / 1000).toFixed(1)} s (${n}/${total})`);
            try {
                await ctx.sleep(delay, ctx.signal);
            }
            catch {
                throw overallTimeout(ctx);
            }
        }
    }
}
class StallSignal extends (/* unused pure expression or super */ null && (Error)) {
}
function formatBytes(n) {
    const round = (x) => Math.round(x * 10) / 10;
    return n >= 2 ** 30
        ? `${round(n / 2 ** 30)} GiB`
        : n >= 2 ** 20
            ? `${round(n / 2 ** 20)} MiB`
            : `${round(n / 1024)} KiB`;
}
function tooLarge(url, limit) {
    return new TooLargeError(`GET ${url}: the server sent more than ${formatBytes(limit.maxBytes)} for ${limit.what} (${limit.why}); ` +
        "the dist server is broken or not a Rust dist server: check dist-server");
}
/**
 * One attempt at a GET: streams the body into `onChunk` (awaited, so the consumer controls backpressure).
 * With `range`, asks for the rest of a file; `onHead` sees the answer (206 or a full 200) before any byte.
 * Returns the number of bytes, or null on 404 so the caller can word the "not available" error.
 */
async function streamOnce(url, ctx, onChunk, range, onHead, limit) {
    if (ctx.signal.aborted)
        throw overallTimeout(ctx);
    const attempt = new AbortController();
    const signal = AbortSignal.any([attempt.signal, ctx.signal]);
    let timer;
    const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => attempt.abort(new StallSignal(`no data for ${ctx.idleTimeoutMs / 1000} s`)), ctx.idleTimeoutMs);
    };
    const disarm = () => clearTimeout(timer);
    const mapError = (error) => {
        if (ctx.signal.aborted)
            return overallTimeout(ctx);
        if (attempt.signal.aborted) {
            return new DownloadError(`${url} stalled (${errorMessage(attempt.signal.reason)})`, url);
        }
        if (error instanceof InstallError)
            return error;
        const cause = error.cause;
        const detail = cause ? `${errorMessage(error)}: ${errorMessage(cause)}` : errorMessage(error);
        return new DownloadError(`GET ${url} failed: ${detail}`, url, undefined, { cause: error });
    };
    arm();
    try {
        let response;
        try {
            response = await ctx.transport(url, signal, range ? { range: `bytes=${range.offset}-`, "if-range": range.ifRange } : {});
        }
        catch (error) {
            throw mapError(error);
        }
        if (response.status === 404 || response.status === 410) {
            response.discard();
            return null;
        }
        if (range && response.status === 416) {
            response.discard();
            throw new DownloadError(`GET ${url}: the server refused to resume at byte ${range.offset} (416)`, url, 416);
        }
        if (response.status < 200 || response.status > 299) {
            response.discard();
            const transient = response.status >= 500 || response.status === 408 || response.status === 429;
            const message = `GET ${url} answered HTTP ${response.status} ${response.statusText}`.trim();
            if (transient)
                throw new DownloadError(message, url, response.status);
            throw new NotAvailableError(message);
        }
        if (limit && response.contentLength !== undefined && response.contentLength > limit.maxBytes) {
            response.discard();
            throw tooLarge(url, limit);
        }
        try {
            await onHead?.({
                status: response.status,
                ...(response.contentRange ? { contentRange: response.contentRange } : {}),
                ...(response.validator ? { validator: response.validator } : {}),
            });
        }
        catch (error) {
            response.discard();
            throw error;
        }
        const iterator = response.body[Symbol.asyncIterator]();
        let bytes = 0;
        try {
            for (;;) {
                let next;
                try {
                    next = await iterator.next();
                }
                catch (error) {
                    const mapped = mapError(error);
                    if (!(mapped instanceof DownloadError) || attempt.signal.aborted)
                        throw mapped;
                    const of = response.contentLength === undefined ? "" : ` of ${response.contentLength}`;
                    throw new DownloadError(`GET ${url}: the connection broke after ${bytes}${of} bytes (${errorMessage(error)})`, url, undefined, { cause: error });
                }
                if (next.done)
                    break;
                bytes += next.value.length;
                if (limit && bytes > limit.maxBytes)
                    throw tooLarge(url, limit);
                disarm();
                await onChunk(next.value);
                arm();
            }
        }
        catch (error) {
            response.discard();
            throw error;
        }
        if (response.contentLength !== undefined && bytes !== response.contentLength) {
            throw new DownloadError(`GET ${url} ended after ${bytes} of ${response.contentLength} bytes`, url);
        }
        return bytes;
    }
    finally {
        disarm();
    }
}
/** One GET of a small file into memory, never more than `limit.maxBytes`; null on 404. */
async function getBounded(url, ctx, limit) {
    const chunks = [];
    const got = await streamOnce(url, ctx, (chunk) => {
        chunks.push(chunk);
    }, undefined, undefined, limit);
    return got === null ? null : Buffer.concat(chunks);
}
/** GET a small file (manifest, .sha256, .asc) with retries and a size limit; null on 404. */
async function fetchBytes(url, what, ctx, limit) {
    return withRetry(what, ctx, () => getBounded(url, ctx, limit));
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3774:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream/web");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 5995:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(8721);
var Scalar = __nccwpck_require__(815);
var YAMLMap = __nccwpck_require__(4392);
var YAMLSeq = __nccwpck_require__(2381);
var resolveBlockMap = __nccwpck_require__(3597);
var resolveBlockSeq = __nccwpck_require__(680);
var resolveFlowCollection = __nccwpck_require__(9676);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 9601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3075);
var composeNode = __nccwpck_require__(2147);
var resolveEnd = __nccwpck_require__(1838);
var resolveProps = __nccwpck_require__(4969);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 2147:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(5775);
var identity = __nccwpck_require__(8721);
var composeCollection = __nccwpck_require__(5995);
var composeScalar = __nccwpck_require__(1227);
var resolveEnd = __nccwpck_require__(1838);
var utilEmptyScalarPosition = __nccwpck_require__(3413);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 1227:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(8721);
var Scalar = __nccwpck_require__(815);
var resolveBlockScalar = __nccwpck_require__(3311);
var resolveFlowScalar = __nccwpck_require__(4379);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 2406:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(3336);
var Document = __nccwpck_require__(3075);
var errors = __nccwpck_require__(2330);
var identity = __nccwpck_require__(8721);
var composeDoc = __nccwpck_require__(9601);
var resolveEnd = __nccwpck_require__(1838);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 3597:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(583);
var YAMLMap = __nccwpck_require__(4392);
var resolveProps = __nccwpck_require__(4969);
var utilContainsNewline = __nccwpck_require__(9201);
var utilFlowIndentCheck = __nccwpck_require__(9757);
var utilMapIncludes = __nccwpck_require__(629);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 3311:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(815);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 680:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2381);
var resolveProps = __nccwpck_require__(4969);
var utilFlowIndentCheck = __nccwpck_require__(9757);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 1838:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 9676:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(8721);
var Pair = __nccwpck_require__(583);
var YAMLMap = __nccwpck_require__(4392);
var YAMLSeq = __nccwpck_require__(2381);
var resolveEnd = __nccwpck_require__(1838);
var resolveProps = __nccwpck_require__(4969);
var utilContainsNewline = __nccwpck_require__(9201);
var utilMapIncludes = __nccwpck_require__(629);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 4379:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(815);
var resolveEnd = __nccwpck_require__(1838);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4969:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9201:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 3413:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 9757:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9201);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 629:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(8721);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3075:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(5775);
var Collection = __nccwpck_require__(5935);
var identity = __nccwpck_require__(8721);
var Pair = __nccwpck_require__(583);
var toJS = __nccwpck_require__(8165);
var Schema = __nccwpck_require__(8414);
var stringifyDocument = __nccwpck_require__(2303);
var anchors = __nccwpck_require__(1822);
var applyReviver = __nccwpck_require__(6423);
var createNode = __nccwpck_require__(5262);
var directives = __nccwpck_require__(3336);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1822:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(8721);
var visit = __nccwpck_require__(598);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 6423:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 5262:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(5775);
var identity = __nccwpck_require__(8721);
var Scalar = __nccwpck_require__(815);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 3336:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(8721);
var visit = __nccwpck_require__(598);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 2330:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8293:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(2406);
var Document = __nccwpck_require__(3075);
var Schema = __nccwpck_require__(8414);
var errors = __nccwpck_require__(2330);
var Alias = __nccwpck_require__(5775);
var identity = __nccwpck_require__(8721);
var Pair = __nccwpck_require__(583);
var Scalar = __nccwpck_require__(815);
var YAMLMap = __nccwpck_require__(4392);
var YAMLSeq = __nccwpck_require__(2381);
var cst = __nccwpck_require__(5691);
var lexer = __nccwpck_require__(3299);
var lineCounter = __nccwpck_require__(1282);
var parser = __nccwpck_require__(2886);
var publicApi = __nccwpck_require__(3125);
var visit = __nccwpck_require__(598);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7275:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 5775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1822);
var visit = __nccwpck_require__(598);
var identity = __nccwpck_require__(8721);
var Node = __nccwpck_require__(3199);
var toJS = __nccwpck_require__(8165);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 5935:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(5262);
var identity = __nccwpck_require__(8721);
var Node = __nccwpck_require__(3199);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 3199:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(6423);
var identity = __nccwpck_require__(8721);
var toJS = __nccwpck_require__(8165);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 583:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(5262);
var stringifyPair = __nccwpck_require__(3182);
var addPairToJSMap = __nccwpck_require__(8462);
var identity = __nccwpck_require__(8721);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(8721);
var Node = __nccwpck_require__(3199);
var toJS = __nccwpck_require__(8165);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4392:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(3262);
var addPairToJSMap = __nccwpck_require__(8462);
var Collection = __nccwpck_require__(5935);
var identity = __nccwpck_require__(8721);
var Pair = __nccwpck_require__(583);
var Scalar = __nccwpck_require__(815);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2381:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(5262);
var stringifyCollection = __nccwpck_require__(3262);
var Collection = __nccwpck_require__(5935);
var identity = __nccwpck_require__(8721);
var Scalar = __nccwpck_require__(815);
var toJS = __nccwpck_require__(8165);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 8462:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7275);
var merge = __nccwpck_require__(4298);
var stringify = __nccwpck_require__(9722);
var identity = __nccwpck_require__(8721);
var toJS = __nccwpck_require__(8165);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 8721:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 8165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(8721);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 6124:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(3311);
var resolveFlowScalar = __nccwpck_require__(4379);
var errors = __nccwpck_require__(2330);
var stringifyString = __nccwpck_require__(2715);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1895:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 5465:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 5691:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(6124);
var cstStringify = __nccwpck_require__(1895);
var cstVisit = __nccwpck_require__(5465);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 3299:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(5691);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 1282:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 2886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(5691);
var lexer = __nccwpck_require__(3299);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 3125:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(2406);
var Document = __nccwpck_require__(3075);
var errors = __nccwpck_require__(2330);
var log = __nccwpck_require__(7275);
var identity = __nccwpck_require__(8721);
var lineCounter = __nccwpck_require__(1282);
var parser = __nccwpck_require__(2886);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 8414:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(8721);
var map = __nccwpck_require__(7885);
var seq = __nccwpck_require__(1672);
var string = __nccwpck_require__(798);
var tags = __nccwpck_require__(3616);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7885:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(8721);
var YAMLMap = __nccwpck_require__(4392);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 4778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(815);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1672:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(8721);
var YAMLSeq = __nccwpck_require__(2381);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 798:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(2715);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 9773:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(815);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 6451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(815);
var stringifyNumber = __nccwpck_require__(3603);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9572:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(3603);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 3522:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7885);
var _null = __nccwpck_require__(4778);
var seq = __nccwpck_require__(1672);
var string = __nccwpck_require__(798);
var bool = __nccwpck_require__(9773);
var float = __nccwpck_require__(6451);
var int = __nccwpck_require__(9572);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3037:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(815);
var map = __nccwpck_require__(7885);
var seq = __nccwpck_require__(1672);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 3616:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7885);
var _null = __nccwpck_require__(4778);
var seq = __nccwpck_require__(1672);
var string = __nccwpck_require__(798);
var bool = __nccwpck_require__(9773);
var float = __nccwpck_require__(6451);
var int = __nccwpck_require__(9572);
var schema = __nccwpck_require__(3522);
var schema$1 = __nccwpck_require__(3037);
var binary = __nccwpck_require__(2601);
var merge = __nccwpck_require__(4298);
var omap = __nccwpck_require__(5477);
var pairs = __nccwpck_require__(511);
var schema$2 = __nccwpck_require__(2851);
var set = __nccwpck_require__(7434);
var timestamp = __nccwpck_require__(8306);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(815);
var stringifyString = __nccwpck_require__(2715);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(815);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 7684:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(815);
var stringifyNumber = __nccwpck_require__(3603);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 4323:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(3603);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 4298:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(8721);
var Scalar = __nccwpck_require__(815);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 5477:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(8721);
var toJS = __nccwpck_require__(8165);
var YAMLMap = __nccwpck_require__(4392);
var YAMLSeq = __nccwpck_require__(2381);
var pairs = __nccwpck_require__(511);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 511:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(8721);
var Pair = __nccwpck_require__(583);
var Scalar = __nccwpck_require__(815);
var YAMLSeq = __nccwpck_require__(2381);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 2851:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7885);
var _null = __nccwpck_require__(4778);
var seq = __nccwpck_require__(1672);
var string = __nccwpck_require__(798);
var binary = __nccwpck_require__(2601);
var bool = __nccwpck_require__(6628);
var float = __nccwpck_require__(7684);
var int = __nccwpck_require__(4323);
var merge = __nccwpck_require__(4298);
var omap = __nccwpck_require__(5477);
var pairs = __nccwpck_require__(511);
var set = __nccwpck_require__(7434);
var timestamp = __nccwpck_require__(8306);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 7434:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(8721);
var Pair = __nccwpck_require__(583);
var YAMLMap = __nccwpck_require__(4392);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 8306:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(3603);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 1561:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 9722:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1822);
var identity = __nccwpck_require__(8721);
var stringifyComment = __nccwpck_require__(8701);
var stringifyString = __nccwpck_require__(2715);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 3262:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(8721);
var stringify = __nccwpck_require__(9722);
var stringifyComment = __nccwpck_require__(8701);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 8701:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 2303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(8721);
var stringify = __nccwpck_require__(9722);
var stringifyComment = __nccwpck_require__(8701);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 3603:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 3182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(8721);
var Scalar = __nccwpck_require__(815);
var stringify = __nccwpck_require__(9722);
var stringifyComment = __nccwpck_require__(8701);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 2715:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(815);
var foldFlowLines = __nccwpck_require__(1561);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 598:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(8721);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(8614);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
