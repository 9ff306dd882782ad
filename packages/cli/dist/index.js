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
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5380);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    cwd: process.cwd(),
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5380:
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
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ../core/src/user-error.ts
var user_error = __nccwpck_require__(2587);
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

;// CONCATENATED MODULE: ../report/src/ajv.ts
/**
 * The Ajv class, loaded on first use: every action bundles the packages that validate JSON, and
 * most runs never validate anything, so none should pay for ajv at start-up. Node exposes the
 * class as a named export of the CommonJS package; a bundler's interop may only give `default`
 * (the module.exports object, which is the class).
 */
async function loadAjv() {
    const m = (await __nccwpck_require__.e(/* import() */ 931).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5931, 23)));
    const found = [m.Ajv, m.default?.Ajv, m.default].find((candidate) => typeof candidate === "function");
    if (!found)
        throw new Error("ajv did not load: no Ajv class in the module");
    return found;
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/index.js + 8 modules
var dist = __nccwpck_require__(3069);
;// CONCATENATED MODULE: ../policy/src/errors.ts

/**
 * A problem with a policy or a policy file: unknown preset, unreadable or malformed file, a value
 * outside the schema. The message names the file, the key path and what was expected, so it can be
 * shown to the user as is.
 */
class PolicyError extends user_error/* UserError */.y {
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
/**
 * The timeline used when a caller names none: the current plan (2026 Language Summit). The first
 * proposal, `pre-pep-2025`, was scaled back, so a default promising it would test for a plan nobody follows.
 */
const DEFAULT_PRESET = "summit-2026";
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
/** A crate name as cargo accepts it. */
const CRATE_NAME_PATTERN = "^[A-Za-z0-9_-]+$";
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
/** The third-party crates the Rust modules may compile in; without this section, any. */
const dependenciesSchema = {
    type: "object",
    additionalProperties: false,
    required: ["allow"],
    description: "Which third-party crates (registry, vendored, git) the Rust modules may compile in.",
    properties: {
        allow: {
            type: "array",
            description: "The allowed crates, each { name, version? }; the project's own path crates need no entry.",
            items: {
                type: "object",
                additionalProperties: false,
                required: ["name"],
                properties: {
                    name: { type: "string", pattern: CRATE_NAME_PATTERN, description: "The crate's name." },
                    version: {
                        type: "string",
                        minLength: 1,
                        description: 'A cargo version requirement ("0.5", ">= 0.4, < 0.6"); omit for any version.',
                    },
                    reason: { type: "string", description: "Why it was allowed, for reviewers." },
                },
            },
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
        dependencies: dependenciesSchema,
    },
};

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
function formatPythonVersion(version) {
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
    const value = await parseText(text, file, format);
    // Before the validator, which recurses: a real policy is a few levels deep.
    if (nestedDeeperThan(value)) {
        throw new PolicyError(`${file} nests values more than ${MAX_JSON_DEPTH} levels deep; a policy is a list of phases`, file);
    }
    return validatePolicy(value, file);
}
async function parseText(text, file, format) {
    switch (format) {
        case "json": {
            const parsed = parseJsonText(text);
            if ("problem" in parsed)
                throw new PolicyError(`${file} ${parsed.problem}`, file);
            return parsed.value;
        }
        case "toml":
            try {
                return (0,dist.parse)(text);
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
const VERSION_KEYS = new Set(["from", "until", "msrv", "version"]);
/** The YAML parser loads on first use, like ajv: the presets never need it. */
async function parseYaml(text, file) {
    const { isMap, isScalar, parseDocument, visit } = await __nccwpck_require__.e(/* import() */ 293).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8293, 19));
    const document = parseDocument(text, { prettyErrors: true });
    const problem = document.errors[0];
    if (problem)
        throw new PolicyError(`${file}: invalid YAML: ${firstLine(problem.message)}`, file);
    visit(document, {
        Pair(_key, pair) {
            if (isScalar(pair.key) && VERSION_KEYS.has(String(pair.key.value)) && isScalar(pair.value)) {
                const scalar = pair.value;
                if (typeof scalar.value === "number" && scalar.source !== undefined)
                    scalar.value = scalar.source;
            }
        },
    });
    if (document.contents !== null && !isMap(document.contents)) {
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
let compiled;
/** ajv loads on first use, so the actions that only ever use a preset never pay for it at start-up. */
async function schemaValidator() {
    if (!compiled) {
        const Ajv = await loadAjv();
        compiled = new Ajv({ allErrors: true, strict: true }).compile(policySchema);
    }
    return compiled;
}
/**
 * Check parsed file content against the schema and the cross-phase rules, then fill in defaults.
 * Every problem is reported at once, each as `<file>: <key path> <what was expected>`.
 */
async function validatePolicy(data, file) {
    const validate = await schemaValidator();
    if (!validate(data)) {
        const problems = (validate.errors ?? []).map((error) => `${file}: ${describeSchemaError(error, data)}`);
        throw new PolicyError(dedupe(problems), file);
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
    if (input.dependencies !== undefined) {
        policy.dependencies = {
            allow: input.dependencies.allow.map(({ name, version }) => version === undefined ? { name } : { name, version }),
        };
    }
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
            const allowed = Object.keys(error.instancePath === ""
                ? policySchema.properties
                : error.instancePath === "/dependencies"
                    ? dependenciesSchema.properties
                    : error.instancePath.startsWith("/dependencies/")
                        ? dependenciesSchema.properties.allow.items.properties
                        : phaseSchema.properties).filter((key) => key !== "$schema");
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
                    : params.pattern === CRATE_NAME_PATTERN
                        ? "a crate name (letters, digits, - and _)"
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
function dedupe(lines) {
    return [...new Set(lines)];
}

// EXTERNAL MODULE: ../core/src/clock.ts
var clock = __nccwpck_require__(2705);
;// CONCATENATED MODULE: ../core/src/order.ts
/**
 * Orders text by UTF-16 code units. Reports and inventories sort with this rather than
 * localeCompare: the order is the same on every runner whatever its ICU data, and the first
 * localeCompare of a process spends about 9 ms setting ICU's collator up.
 */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/semver@7.8.6/node_modules/semver/index.js
var node_modules_semver = __nccwpck_require__(6388);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(node_modules_semver);
;// CONCATENATED MODULE: ../sbom/src/requirement.ts
/**
 * Cargo's version requirements in node-semver's terms. Cargo and npm agree on `^`, `~`, `*`, `x`
 * wildcards and the comparison operators, but differ on two points that matter here: a bare
 * version (`1.2.3`) is a caret requirement in Cargo and an exact one in npm, and Cargo joins
 * comparators with commas where npm uses spaces. RustSec's `patched = [">= 1.2.3"]` entries also
 * put a space after the operator, which npm reads as a separate token.
 */

/** A cargo requirement that cannot be read; the message quotes it. */
class RequirementError extends Error {
    name = "RequirementError";
}
function comparator(part, requirement) {
    const compact = part.trim().replace(/^([<>=~^]+)\s+/, "$1");
    if (compact === "")
        throw new RequirementError(`empty comparator in ${JSON.stringify(requirement)}`);
    // Cargo: a bare version means "compatible with" (the caret); npm would read it as exact.
    return /^\d/.test(compact) ? `^${compact}` : compact;
}
/** The node-semver range for a cargo requirement (`>= 1.2, < 1.5`, `0.5`, `=1.0.3`, `*`). */
function cargoRange(requirement) {
    const parts = requirement.split(",").map((p) => comparator(p, requirement));
    try {
        return new (semver_default()).Range(parts.join(" "));
    }
    catch {
        throw new RequirementError(`${JSON.stringify(requirement)} is not a cargo version requirement`);
    }
}
/** Whether `version` satisfies the cargo requirement. */
function satisfiesCargo(version, requirement) {
    const range = typeof requirement === "string" ? cargoRange(requirement) : requirement;
    return semver.satisfies(version, range);
}

;// CONCATENATED MODULE: ../sbom/src/advisories.ts
/**
 * RustSec advisories against the crates that went in. The database is a checkout given by path
 * (`crates/<crate>/RUSTSEC-YYYY-NNNN.md`): each file opens with its TOML front matter in a
 * ```toml fence — `[advisory]` id, package, …, `[versions]` patched and unaffected as cargo
 * requirements — followed by the Markdown title and description. Only the directories of the
 * crates asked about are read, so a full checkout (thousands of files) costs a few reads.
 */






/** The database or one of its files cannot be used; the message names the file. */
class AdvisoryDbError extends Error {
    name = "AdvisoryDbError";
}
/** The crate names cargo allows; anything else is never looked up (no path tricks). */
const CRATE_NAME = /^[A-Za-z0-9_-]+$/;
const FRONT_MATTER = /^\s*```toml\r?\n([\s\S]*?)\r?\n```[^\n]*\n?([\s\S]*)$/;
function strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function advisories_text(value) {
    return typeof value === "string"
        ? value
        : value instanceof Date
            ? (0,clock/* isoTimestamp */.y)(value).slice(0, 10)
            : undefined;
}
/** One advisory file; `file` names it in errors. */
function parseAdvisory(content, file) {
    const match = FRONT_MATTER.exec(content);
    if (!match)
        throw new AdvisoryDbError(`${file}: no \`\`\`toml front matter at the top`);
    let data;
    try {
        data = (0,dist.parse)(match[1]);
    }
    catch (error) {
        throw new AdvisoryDbError(`${file}: invalid TOML front matter: ${error.message.split("\n")[0]}`);
    }
    const advisory = (data["advisory"] ?? {});
    const versions = (data["versions"] ?? {});
    const id = advisories_text(advisory["id"]);
    const pkg = advisories_text(advisory["package"]);
    if (!id || !pkg)
        throw new AdvisoryDbError(`${file}: [advisory] needs 'id' and 'package'`);
    const title = /^#\s+(.+)$/m.exec(match[2] ?? "")?.[1]?.trim() ?? id;
    const result = {
        id,
        package: pkg,
        title,
        aliases: strings(advisory["aliases"]),
        patched: strings(versions["patched"]),
        unaffected: strings(versions["unaffected"]),
        file,
    };
    for (const key of ["date", "url", "informational", "withdrawn"]) {
        const value = advisories_text(advisory[key]);
        if (value !== undefined)
            result[key] = value;
    }
    for (const requirement of [...result.patched, ...result.unaffected]) {
        try {
            cargoRange(requirement);
        }
        catch (error) {
            if (error instanceof RequirementError)
                throw new AdvisoryDbError(`${file}: [versions] ${error.message}`);
            throw error;
        }
    }
    return result;
}
async function isDirectory(path) {
    return (0,promises_.stat)(path).then((s) => s.isDirectory(), () => false);
}
/**
 * The advisories of the named crates in the database at `dbDir`. Throws AdvisoryDbError when the
 * directory is not a RustSec database (no `crates/`) or a file of a crate asked about is broken.
 */
async function readAdvisories(dbDir, crateNames) {
    if (!(await isDirectory((0,external_node_path_.join)(dbDir, "crates")))) {
        throw new AdvisoryDbError(`${dbDir} is not a RustSec advisory database: it has no crates/ directory (a checkout of the advisory-db repository has)`);
    }
    const advisories = [];
    for (const name of [...new Set(crateNames)].sort()) {
        if (!CRATE_NAME.test(name))
            continue;
        const dir = (0,external_node_path_.join)(dbDir, "crates", name);
        const files = await (0,promises_.readdir)(dir).catch(() => []);
        for (const entry of files.filter((f) => /^RUSTSEC-\d{4}-\d{4,}\.md$/.test(f)).sort()) {
            const relative = `crates/${name}/${entry}`;
            advisories.push(parseAdvisory(await (0,promises_.readFile)((0,external_node_path_.join)(dir, entry), "utf8"), relative));
        }
    }
    return advisories;
}
/** RustSec's rule: affected unless in a patched or an unaffected range; withdrawn never matches. */
function isAffected(version, advisory) {
    if (advisory.withdrawn !== undefined)
        return false;
    const safe = [...advisory.patched, ...advisory.unaffected];
    return !safe.some((requirement) => semver_default().satisfies(version, cargoRange(requirement)));
}
/**
 * The first version the advisory says is patched above `version`: the lowest lower bound of the
 * patched ranges that lies above it (the fix on the crate's own line when there are several).
 */
function firstFixed(version, advisory) {
    const candidates = advisory.patched
        .map((requirement) => semver_default().minVersion(cargoRange(requirement))?.version)
        .filter((v) => v !== undefined && semver_default().gt(v, version))
        .sort((semver_default()).compare);
    return candidates[0];
}
/** Every advisory that affects one of the crates, in crate then advisory order. */
function matchAdvisories(crates, advisories) {
    const hits = [];
    const seen = new Set();
    const sorted = [...crates].sort((a, b) => compareText(a.name, b.name) || semver_default().compare(a.version, b.version));
    for (const crate of sorted) {
        const key = `${crate.name}@${crate.version}`;
        if (seen.has(key) || !semver_default().valid(crate.version))
            continue;
        seen.add(key);
        for (const advisory of advisories) {
            if (advisory.package !== crate.name || !isAffected(crate.version, advisory))
                continue;
            const hit = {
                advisory,
                crate: { name: crate.name, version: crate.version },
                vulnerability: advisory.informational === undefined,
            };
            const fixed = firstFixed(crate.version, advisory);
            if (fixed !== undefined)
                hit.fixedIn = fixed;
            hits.push(hit);
        }
    }
    return hits;
}
/** One sentence naming the advisory, the crate and the way out. */
function advisories_advisoryMessage(hit) {
    const { advisory, crate } = hit;
    const what = advisory.informational ? ` (${advisory.informational})` : "";
    const fix = hit.fixedIn !== undefined
        ? `upgrade ${crate.name} to ${hit.fixedIn} or later`
        : `no fixed version exists; replace ${crate.name} or accept the risk`;
    return `${advisory.id}${what}: ${crate.name} ${crate.version} — ${advisory.title}; ${fix}.`;
}

// EXTERNAL MODULE: ../sbom/src/crate.ts
var src_crate = __nccwpck_require__(9834);
;// CONCATENATED MODULE: ../sbom/src/allow-list.ts
/**
 * The policy's dependency allow-list: the third-party crates (and version ranges) a module may
 * compile in. The project's own crates (path sources: workspace members, path dependencies) are
 * not third-party and always pass; everything from a registry, a vendor directory or git must
 * be listed.
 */



/** An allow-list entry whose version is not a cargo requirement. */
class AllowListError extends Error {
    name = "AllowListError";
}
/** The crates the list does not allow, once each, by name then version. */
function checkAllowed(crates, allow) {
    const ranges = allow.map((entry) => {
        try {
            return { entry, range: entry.version === undefined ? undefined : cargoRange(entry.version) };
        }
        catch (error) {
            if (error instanceof RequirementError)
                throw new AllowListError(`dependencies.allow entry for ${entry.name}: ${error.message}`);
            throw error;
        }
    });
    const refused = new Map();
    for (const crate of crates) {
        if ((0,src_crate/* sourceKind */.uh)(crate.source) === "path")
            continue;
        const forName = ranges.filter(({ entry }) => entry.name === crate.name);
        const allowed = forName.some(({ range }) => range === undefined || range.test(crate.version));
        if (allowed)
            continue;
        refused.set(`${crate.name}@${crate.version}`, {
            crate: { name: crate.name, version: crate.version, source: crate.source },
            allowedVersions: forName.map(({ entry }) => entry.version ?? "*"),
        });
    }
    return [...refused.values()].sort((a, b) => compareText(a.crate.name, b.crate.name) || compareText(a.crate.version, b.crate.version));
}
/** One sentence: which crate, what the list allows, and the fix. */
function notAllowedMessage(finding, policyName) {
    const { crate, allowedVersions } = finding;
    const listed = allowedVersions.length > 0
        ? `the policy allows ${crate.name} only as ${allowedVersions.join(" or ")}`
        : `${crate.name} is not in the policy's dependencies.allow list`;
    return (`${crate.name} ${crate.version} (${crate.source}) is not an allowed dependency: ${listed}. ` +
        `Add it to dependencies.allow in ${policyName} after review, or remove the dependency.`);
}

;// CONCATENATED MODULE: ../modules/src/errors.ts

/**
 * A mistake in the user's configuration (an input, a Cargo.toml, the environment): the action
 * reports it as its failure message, without a stack trace. Messages name the file or input and
 * the fix.
 */
class ModulesConfigError extends user_error/* UserError */.y {
}

;// CONCATENATED MODULE: ../modules/src/supply-chain.ts
/**
 * The supply-chain checks over what went in: RustSec advisories from a database checkout, the
 * policy's dependency allow-list, and the SBOM file. They take the modules' crate inventories —
 * from a build (ModuleOutcome.crates) or from a result file (the CLI) — so both run one code path.
 */





/** The inventories of the modules built with one (cargo builds: make's links are not inventoried). */
function moduleInventories(outcomes) {
    return outcomes.flatMap((o) => {
        if (o.status !== "built" || o.crates === undefined)
            return [];
        const own = o.crates.find((c) => c.name === o.package && c.source.startsWith("path:"));
        const module = {
            module: o.module,
            package: o.package,
            version: own?.version ?? "0.0.0",
            crates: o.crates,
        };
        if (o.artifact)
            module.artifact = o.artifact.path.split(/[\\/]/).pop();
        return [module];
    });
}
function modulesWith(inventories, name, version) {
    return inventories
        .filter((m) => m.crates.some((c) => c.name === name && c.version === version))
        .map((m) => m.module);
}
/** Advisories and the allow-list over every module's crates. Throws ModulesConfigError on a bad db or list. */
async function checkSupplyChain(inventories, options) {
    const crates = inventories.flatMap((m) => m.crates);
    const findings = { advisories: [], notAllowed: [], checked: {} };
    if (options.advisoryDb !== undefined) {
        let advisories;
        try {
            advisories = await readAdvisories(options.advisoryDb, crates.map((c) => c.name));
        }
        catch (error) {
            if (error instanceof AdvisoryDbError) {
                throw new ModulesConfigError(`Input 'advisory-db': ${error.message}. Point it at a checkout of the RustSec advisory database.`);
            }
            throw error;
        }
        findings.checked.advisoryDb = options.advisoryDb;
        findings.advisories = matchAdvisories(crates, advisories).map((hit) => ({
            ...hit,
            modules: modulesWith(inventories, hit.crate.name, hit.crate.version),
            failing: hit.vulnerability && options.onAdvisory === "fail",
        }));
    }
    if (options.allowList !== undefined) {
        findings.checked.allowList = options.allowList.policy;
        try {
            findings.notAllowed = checkAllowed(crates, options.allowList.allow).map((finding) => ({
                ...finding,
                modules: modulesWith(inventories, finding.crate.name, finding.crate.version),
            }));
        }
        catch (error) {
            if (error instanceof AllowListError)
                throw new ModulesConfigError(`Policy ${options.allowList.policy}: ${error.message}.`);
            throw error;
        }
    }
    return findings;
}
/** The policy's allow-list (a preset has none); the policy named as the `policy` input is. */
async function loadAllowList(nameOrPath, cwd) {
    try {
        const policy = await loadPolicy(nameOrPath, { readFile: (p) => (0,promises_.readFile)(p, "utf8"), cwd });
        return policy.dependencies ? { allow: policy.dependencies.allow, policy: nameOrPath } : undefined;
    }
    catch (error) {
        if (error instanceof PolicyError)
            throw new ModulesConfigError(`Input 'policy': ${error.message}`);
        throw error;
    }
}
/** One reason per finding: advisories (failures when failing), then crates the policy does not allow. */
function supplyChainReasons(findings) {
    const reasons = findings.advisories.map((hit) => ({
        level: hit.failing ? "failure" : "warning",
        code: hit.vulnerability ? "rustsec-advisory" : "rustsec-informational",
        title: `${hit.crate.name} ${hit.crate.version}: ${hit.advisory.id}`,
        message: `${advisories_advisoryMessage(hit)} In ${hit.modules.join(", ")}.`,
        primary: true,
    }));
    for (const finding of findings.notAllowed) {
        reasons.push({
            level: "warning",
            code: "dependency-not-allowed",
            title: `${finding.crate.name} ${finding.crate.version}: not allowed by policy`,
            message: `${notAllowedMessage(finding, findings.checked.allowList ?? "the policy")} In ${finding.modules.join(", ")}.`,
            primary: true,
        });
    }
    return reasons;
}
/** Whether the findings fail the job (a vulnerability under `on-advisory: fail`). */
function supplyChainFails(findings) {
    return findings?.advisories.some((hit) => hit.failing) ?? false;
}
/** The step's failure message when the findings fail it: the first advisory, and how many in all. */
function supplyChainFailure(findings) {
    const failing = findings?.advisories.filter((hit) => hit.failing) ?? [];
    if (failing.length === 0)
        return undefined;
    const more = failing.length > 1 ? ` (and ${failing.length - 1} more advisories)` : "";
    return `on-advisory is fail: ${advisoryMessage(failing[0])}${more}`;
}
/**
 * Writes the CycloneDX SBOM to `file` through a temporary name, so a failed write leaves no
 * half-written SBOM; resolves to its size.
 */
async function writeSbom(file, inventories, options) {
    // The CycloneDX library is most of the bundle's weight: loaded only when an SBOM is asked for.
    const { cyclonedxJson } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 9160));
    const text = cyclonedxJson(inventories, options);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
    const temporary = (0,external_node_path_.join)((0,external_node_path_.dirname)(file), `.${process.pid}.sbom.tmp`);
    try {
        await (0,promises_.writeFile)(temporary, text);
        await (0,promises_.rename)(temporary, file);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
    const crates = new Set(inventories.flatMap((m) => m.crates.map((c) => `${c.name}@${c.version} ${c.source}`)));
    return { path: file, bytes: Buffer.byteLength(text), crates: crates.size };
}

;// CONCATENATED MODULE: ../report/src/result.ts

/**
 * The one result model every action produces. Outlets (job summary, annotations, check run,
 * the matrix aggregate) are all rendered from this, never from action-specific state.
 * Versioned: consumers reject a `schema` they do not know.
 */
const RESULT_SCHEMA = "oxidize/result@1";
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
const CONCLUSION_SEVERITY = {
    failure: 3,
    neutral: 2,
    skipped: 1,
    success: 0,
};
/** The worse of conclusions; `success` for none. */
function worstConclusion(conclusions) {
    let worst = "success";
    for (const c of conclusions)
        if (CONCLUSION_SEVERITY[c] > CONCLUSION_SEVERITY[worst])
            worst = c;
    return worst;
}
/** A policy outcome (pass / warn / fail) as a result conclusion: a warning is neutral, not green. */
function conclusionForOutcome(outcome) {
    return outcome === "pass" ? "success" : outcome === "warn" ? "neutral" : "failure";
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
        schema: { const: RESULT_SCHEMA },
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
                    crates: {
                        type: "array",
                        items: {
                            type: "object",
                            additionalProperties: false,
                            required: ["name", "version", "source", "buildScript", "procMacro", "kind"],
                            properties: {
                                // Cargo's own rules for names, so a hostile result cannot put Markdown in the table.
                                name: { type: "string", pattern: "^[A-Za-z0-9_-]+$" },
                                version: { type: "string", pattern: "^[0-9A-Za-z.+-]+$" },
                                source: { type: "string", pattern: "^(registry|(vendored|path|git):.+)$" },
                                checksum: { type: "string", pattern: "^[0-9a-f]{64}$" },
                                license: { type: "string" },
                                licenseFile: { type: "string" },
                                buildScript: { type: "boolean" },
                                procMacro: { type: "boolean" },
                                kind: { enum: ["normal", "build"] },
                                advisories: { type: "array", items: { type: "string", minLength: 1 } },
                                allowed: { type: "boolean" },
                            },
                        },
                    },
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
        super(`${file} is not a valid ${RESULT_SCHEMA} result:\n${errors.map((e) => `  - ${e}`).join("\n")}`);
        this.file = file;
        this.errors = errors;
    }
}
let schema_compiled;
/**
 * ajv loads on first use: every action bundles this package, and most runs never validate a
 * result, so they should not pay for ajv at start-up.
 */
function validator() {
    schema_compiled ??= (async () => {
        const [Ajv, formatsModule] = await Promise.all([loadAjv(), Promise.all(/* import() */[__nccwpck_require__.e(931), __nccwpck_require__.e(626)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7626, 23))]);
        // ajv-formats is CommonJS with `exports.default`; this reads the plugin under both NodeNext and ncc.
        const namespace = formatsModule;
        const addFormats = (typeof namespace.default === "function" ? namespace.default : namespace.default?.default);
        const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
        addFormats(ajv, ["date-time"]);
        return ajv.compile(resultJsonSchema);
    })();
    return schema_compiled;
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

;// CONCATENATED MODULE: ../sbom/src/sbom-inputs.ts
/** The timestamp reproducible builds agree on: SOURCE_DATE_EPOCH (seconds) when set, else now. */
function sbomTimestamp(env, now = () => new Date()) {
    const epoch = env["SOURCE_DATE_EPOCH"];
    if (epoch !== undefined && /^\d+$/.test(epoch.trim()))
        return new Date(Number(epoch.trim()) * 1000);
    return now();
}

// EXTERNAL MODULE: ../sbom/src/cyclonedx.ts
var cyclonedx = __nccwpck_require__(9160);
;// CONCATENATED MODULE: ./src/usage.ts
// One way to say "you called it wrong": one line on stderr naming the mistake and where the help
// is, exit status 2. The full help is one `oxidize help <command>` away, not printed at the user.
/** A mistake in the command line itself (not in the files or the environment it names). */
class UsageError extends Error {
}
/** node:util parseArgs's error, in the words of this CLI (its own messages run to three sentences). */
function parseArgsMessage(error) {
    const { code, message } = error;
    const quoted = /'([^']+)'/.exec(message)?.[1] ?? "";
    const option = quoted.split(" ")[0];
    switch (code) {
        case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
            return `unknown option ${option}`;
        case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
            return `unexpected argument '${quoted}'`;
        case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
            return message.includes("argument missing")
                ? `option ${option} needs a value`
                : `option ${option} takes no value`;
        default:
            return message.split("\n")[0] ?? message;
    }
}
/** Print the one-line usage error with the help command for `topic`; returns the exit status (2). */
function usageFailure(io, message, topic) {
    io.stderr(`oxidize: ${message}; run 'oxidize help${topic ? ` ${topic}` : ""}'\n`);
    return 2;
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts
// The package's own version, bundled in at build time so the installed CLI needs no file beside it.

const VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/commands/modules.ts










const modulesUsage = `usage: oxidize modules <sbom|audit> --result <file> [options]

  sbom     write the CycloneDX 1.6 SBOM of the crates compiled into the built modules
  audit    check those crates against a RustSec advisory database and the policy's allow-list

Both read what went in from a build-rust-modules result (its 'report' output, oxidize/result@1).

options:
  --result <file>             the build-rust-modules result file (required)
  --output <file>             sbom: where to write the SBOM (default: standard output)
  --advisory-db <dir>         audit: a checkout of the RustSec advisory database (crates/<crate>/RUSTSEC-*.md)
  --policy <file>             audit: a policy file whose dependencies.allow lists the crates allowed
  --on-advisory <warn|fail>   audit: whether a vulnerability fails (default: fail); informational ones warn
  --json                      audit: print the findings as JSON

exit status: 0 clean (or warnings only), 1 a failing advisory or a crate the policy does not allow,
2 usage or configuration error
`;
const OPTIONS = {
    result: { type: "string" },
    output: { type: "string" },
    "advisory-db": { type: "string" },
    policy: { type: "string" },
    "on-advisory": { type: "string" },
    json: { type: "boolean" },
    help: { type: "boolean", short: "h" },
};
function parseFlags(args) {
    try {
        return (0,external_node_util_.parseArgs)({ args, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new UsageError(parseArgsMessage(error));
    }
}
/** The modules of a build-rust-modules result, as its details record them. */
async function modulesOfResult(file, cwd) {
    const path = (0,external_node_path_.resolve)(cwd, file);
    const text = await (0,promises_.readFile)(path, "utf8").catch((error) => {
        throw new user_error/* UserError */.y(`--result ${file}: ${error.code === "ENOENT" ? "no such file" : error.message}; pass the 'report' output of build-rust-modules`);
    });
    let result;
    try {
        result = await parseResult(text, file);
    }
    catch (error) {
        if (error instanceof ResultValidationError)
            throw new user_error/* UserError */.y(error.message.split("\n").join(" "));
        throw error;
    }
    const modules = result.details?.modules;
    if (result.action !== "build-rust-modules" || !Array.isArray(modules)) {
        throw new user_error/* UserError */.y(`--result ${file} is a ${result.action} result; pass the 'report' output of build-rust-modules`);
    }
    return modules;
}
async function sbomCommand(flags, io) {
    for (const flag of ["advisory-db", "policy", "on-advisory", "json"]) {
        if (flags.values[flag] !== undefined)
            throw new UsageError(`--${flag} applies to audit only`);
    }
    const inventories = moduleInventories(await modulesOfResult(flags.values.result, io.cwd));
    const options = {
        name: "rust-modules",
        timestamp: sbomTimestamp(io.env),
        tool: { name: "oxidize", version: VERSION },
    };
    if (flags.values.output === undefined) {
        io.stdout((0,cyclonedx.cyclonedxJson)(inventories, options));
        return 0;
    }
    const written = await writeSbom((0,external_node_path_.resolve)(io.cwd, flags.values.output), inventories, options);
    io.stderr(`oxidize modules sbom: ${written.crates} crates of ${inventories.length} modules in ${written.path} (${written.bytes} bytes)\n`);
    return 0;
}
function findingLines(findings) {
    const label = { failure: "error", warning: "warning", notice: "notice" };
    return supplyChainReasons(findings).map((reason) => `${label[reason.level]}: ${reason.message}`);
}
async function auditCommand(flags, io) {
    if (flags.values.output !== undefined)
        throw new UsageError("--output applies to sbom only");
    const onAdvisory = flags.values["on-advisory"] ?? "fail";
    if (onAdvisory !== "warn" && onAdvisory !== "fail") {
        throw new UsageError(`--on-advisory must be one of warn, fail; got '${onAdvisory}'`);
    }
    const advisoryDb = flags.values["advisory-db"];
    const policy = flags.values.policy;
    if (advisoryDb === undefined && policy === undefined) {
        throw new UsageError("audit needs --advisory-db, --policy or both");
    }
    const inventories = moduleInventories(await modulesOfResult(flags.values.result, io.cwd));
    const allowList = policy === undefined ? undefined : await loadAllowList(policy, io.cwd);
    if (policy !== undefined && allowList === undefined) {
        throw new user_error/* UserError */.y(`--policy ${policy} has no dependencies.allow list to check against`);
    }
    const findings = await checkSupplyChain(inventories, {
        onAdvisory,
        ...(advisoryDb !== undefined && { advisoryDb: (0,external_node_path_.resolve)(io.cwd, advisoryDb) }),
        ...(allowList !== undefined && { allowList }),
    });
    const failing = findings.advisories.filter((hit) => hit.failing).length + findings.notAllowed.length;
    if (flags.values.json)
        io.stdout(`${JSON.stringify(findings, null, 2)}\n`);
    else {
        const crates = new Set(inventories.flatMap((m) => m.crates.map((c) => `${c.name}@${c.version}`)));
        const lines = findingLines(findings);
        lines.push(`${crates.size} crates in ${inventories.length} modules: ${findings.advisories.length} advisories, ` +
            `${findings.notAllowed.length} not allowed${failing ? ` — ${failing} failing` : ""}`);
        io.stdout(`${lines.join("\n")}\n`);
    }
    return failing > 0 ? 1 : 0;
}
async function modulesCommand(args, io) {
    try {
        const flags = parseFlags(args);
        if (flags.values.help) {
            io.stdout(modulesUsage);
            return 0;
        }
        const [sub, ...extra] = flags.positionals;
        if (sub === undefined)
            throw new UsageError("missing subcommand (sbom or audit)");
        if (extra.length > 0)
            throw new UsageError(`unexpected argument '${extra[0]}'`);
        if (sub !== "sbom" && sub !== "audit")
            throw new UsageError(`unknown subcommand '${sub}'`);
        if (flags.values.result === undefined)
            throw new UsageError(`${sub} needs --result <file>`);
        return sub === "sbom" ? await sbomCommand(flags, io) : await auditCommand(flags, io);
    }
    catch (error) {
        if (error instanceof UsageError)
            return usageFailure(io, error.message, "modules");
        if (error instanceof user_error/* UserError */.y) {
            io.stderr(`oxidize modules: ${error.message}\n`);
            return 2;
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ../core/src/command.ts

/** Words that cannot be split: an unterminated quote or a trailing backslash. */
class ArgumentSyntaxError extends user_error/* UserError */.y {
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
    const python = `CPython ${formatPythonVersion(facts.python)}`;
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

;// CONCATENATED MODULE: ../toolchain/src/resolve/errors.ts

/**
 * A toolchain could not be resolved, or a resolved one breaks a rule (pinning, MSRV).
 * `rustupMessage` is the text rustup itself prints after `error: ` for the same situation (where rustup
 * has one), so users can search for it; `help` says how to fix it. `message` joins the two.
 */
class ToolchainResolutionError extends user_error/* UserError */.y {
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ../toolchain/src/resolve/fs.ts

/**
 * The real file system, read synchronously on purpose: resolution reads a handful of small files one after
 * another with nothing to overlap, and each asynchronous call is a round trip through libuv's thread pool
 * (about 0.15 ms here, more than the read itself; it was a tenth of a tool-cache hit's own time).
 */
const fs_nodeResolveFs = {
    async readFile(path) {
        try {
            return (0,external_node_fs_.readFileSync)(path);
        }
        catch {
            return undefined;
        }
    },
    async isDirectory(path) {
        try {
            return (0,external_node_fs_.statSync)(path).isDirectory();
        }
        catch {
            return false;
        }
    },
    async realPath(path) {
        try {
            // The native realpath(3), as fs.promises.realpath: the JavaScript one differs on Windows.
            return external_node_fs_.realpathSync.native(path);
        }
        catch {
            return undefined;
        }
    },
    async readDir(path) {
        try {
            return (0,external_node_fs_.readdirSync)(path).sort();
        }
        catch {
            return undefined;
        }
    },
};
/**
 * The directory rustup and cargo start from: they take the working directory from `getcwd`, which
 * has every symlink resolved, so a walk up from a path written through a link goes up the real tree.
 */
async function startDirectory(fs, resolved) {
    return (await fs.realPath?.(resolved)) ?? resolved;
}
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
 * Walk from `directory` (symlinks resolved, as rustup's `getcwd` has them) up to the root; the first
 * directory holding a readable `rust-toolchain` or `rust-toolchain.toml` wins, and is final even if
 * its file turns out to be invalid. In one directory `rust-toolchain` beats `rust-toolchain.toml`,
 * which is then not even read as TOML. A file that cannot be read as UTF-8 text (a directory,
 * invalid bytes) counts as absent, as in rustup.
 */
async function findToolchainFile(directory, fs, flavor) {
    const p = toolchain_file_pathApi(flavor);
    let dir = await startDirectory(fs, p.resolve(directory));
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
/** A Cargo.toml's table (a byte-order mark skipped, as cargo does); undefined when it cannot be read. */
async function readCargoManifest(file, fs = fs_nodeResolveFs) {
    const text = await readUtf8(fs, file);
    if (text === undefined)
        return undefined;
    // Loaded when there is a manifest to read: a tree without one (CPython's root) never needs the parser.
    const { parse: parseToml } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 3069));
    try {
        return parseToml(text.startsWith("\ufeff") ? text.slice(1) : text);
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
        const manifest = await readCargoManifest(file, fs);
        if (!manifest || !isTable(manifest["workspace"]))
            continue;
        const wsPkg = manifest["workspace"]["package"];
        const version = isTable(wsPkg) ? wsPkg["rust-version"] : undefined;
        return version === undefined ? undefined : checked(version, file, "workspace.package.rust-version");
    }
    return undefined;
}
const inherits = (value) => isTable(value) && value["workspace"] === true;
/**
 * The directories a `workspace.members` entry names; cargo expands glob patterns (`crates/*`) one
 * path part at a time. The one expansion: MSRV reading and module discovery both use it.
 */
async function expandWorkspaceMember(root, pattern, fs = fs_nodeResolveFs, p = toolchain_file_pathApi(path_flavor_currentPathFlavor())) {
    // Loaded on use: only a workspace that lists members needs it, never a tool-cache hit.
    const { default: picomatch } = await __nccwpck_require__.e(/* import() */ 444).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6444, 23));
    let dirs = [root];
    for (const part of pattern.split(/[\\/]/).filter((s) => s !== "" && s !== ".")) {
        if (!picomatch.scan(part).isGlob) {
            dirs = dirs.map((dir) => p.join(dir, part));
            continue;
        }
        const isMatch = picomatch(part, { dot: true });
        const next = [];
        for (const dir of dirs) {
            for (const entry of (await fs.readDir?.(dir)) ?? [])
                if (isMatch(entry))
                    next.push(p.join(dir, entry));
        }
        dirs = next;
    }
    return dirs;
}
function newer(a, b) {
    if (!b)
        return true;
    const [aMaj, aMin, aPatch = 0] = parts(a.version);
    const [bMaj, bMin, bPatch = 0] = parts(b.version);
    return aMaj !== bMaj ? aMaj > bMaj : aMin !== bMin ? aMin > bMin : aPatch > bPatch;
}
/**
 * A virtual workspace has no rust-version of its own: cargo checks each member against the one
 * that member declares, and `workspace.package.rust-version` only for members that inherit it
 * (`rust-version.workspace = true`). A cargo command at the root builds the default members (all
 * members unless `default-members` says otherwise), so it needs the highest of theirs.
 */
async function virtualWorkspaceMsrv(root, file, workspace, fs, p) {
    const wsPkg = workspace["package"];
    const shared = isTable(wsPkg) ? wsPkg["rust-version"] : undefined;
    const list = (key) => Array.isArray(workspace[key]) ? workspace[key].filter((m) => typeof m === "string") : [];
    const excluded = list("exclude").map((e) => p.resolve(root, e));
    const isExcluded = (dir) => excluded.some((e) => dir === e || dir.startsWith(e + p.sep));
    let highest;
    // A cargo command at the root builds `default-members` when the workspace names them.
    const built = workspace["default-members"] !== undefined ? list("default-members") : list("members");
    for (const pattern of built) {
        for (const dir of await expandWorkspaceMember(root, pattern, fs, p)) {
            if (isExcluded(dir))
                continue;
            const memberFile = p.join(dir, "Cargo.toml");
            const pkg = (await readCargoManifest(memberFile, fs))?.["package"];
            const value = isTable(pkg) ? pkg["rust-version"] : undefined;
            if (value === undefined)
                continue;
            const msrv = inherits(value)
                ? shared === undefined
                    ? undefined
                    : checked(shared, file, "workspace.package.rust-version")
                : checked(value, memberFile, "package.rust-version");
            if (msrv && newer(msrv, highest))
                highest = msrv;
        }
    }
    return highest;
}
/**
 * `rust-version` from `<directory>/Cargo.toml` (or the nearest one above with `walkUp`): `package.rust-version`, following
 * `rust-version.workspace = true` to the workspace root, or for a virtual manifest the highest
 * rust-version among its members. `undefined` when there is no Cargo.toml or no rust-version.
 * The walk starts from the real path of `directory`, as cargo's `getcwd` does.
 */
async function readMsrv(directory, options = {}) {
    const fs = options.fs ?? fs_nodeResolveFs;
    const flavor = options.pathFlavor ?? path_flavor_currentPathFlavor();
    const p = toolchain_file_pathApi(flavor);
    let dir = options.walkUp ? await startDirectory(fs, p.resolve(directory)) : p.resolve(directory);
    let file = p.join(dir, "Cargo.toml");
    let manifest = await readCargoManifest(file, fs);
    while (!manifest && options.walkUp && p.dirname(dir) !== dir) {
        dir = p.dirname(dir);
        file = p.join(dir, "Cargo.toml");
        manifest = await readCargoManifest(file, fs);
    }
    if (!manifest)
        return undefined;
    const pkg = manifest["package"];
    if (isTable(pkg) && pkg["rust-version"] !== undefined) {
        const value = pkg["rust-version"];
        if (inherits(value)) {
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
        return virtualWorkspaceMsrv(dir, file, manifest["workspace"], fs, p);
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
    const manifest = await readCargoManifest(file, fs);
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

;// CONCATENATED MODULE: ../toolchain/src/probe/find-tool.ts


/**
 * POSIX: a regular file (after symlinks) with execute permission for us. Windows has no execute
 * bit; whether a file runs is decided by its extension (PATHEXT), which the lookup checks.
 */
function defaultProbe(platform) {
    return {
        // Synchronous: a PATH walk is a row of stats with nothing to overlap (see resolve/fs.ts).
        async isExecutableFile(path) {
            try {
                if (!(0,external_node_fs_.statSync)(path).isFile())
                    return false;
                if (platform !== "win32")
                    (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ../core/src/memo.ts
/**
 * Answers that change only when files change — `rustc -vV` of a toolchain, an interpreter's
 * EXT_SUFFIX — kept on disk under a key that names those files' identities. A later run that
 * finds the same files reuses the answer instead of starting the process again; any rewrite,
 * replacement or touch of a file in the key is a different key, so a stale answer is never read.
 */




/** Entries kept per kind; an in-tree `./python` is a new identity after every relink. */
const KEPT_PER_KIND = 64;
/**
 * Where oxidize keeps such answers: OXIDIZE_CACHE_DIR, else the user's cache directory
 * (XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows).
 */
function userCacheDir(env, platform, home = homedir()) {
    const explicit = env["OXIDIZE_CACHE_DIR"];
    if (explicit)
        return explicit;
    if (platform === "win32") {
        const local = env["LOCALAPPDATA"];
        return local ? win32.join(local, "oxidize") : undefined;
    }
    if (!home)
        return undefined;
    if (platform === "darwin")
        return posix.join(home, "Library", "Caches", "oxidize");
    const xdg = env["XDG_CACHE_HOME"];
    return posix.join(xdg && posix.isAbsolute(xdg) ? xdg : posix.join(home, ".cache"), "oxidize");
}
/**
 * A file's identity: device, inode, size and both change times in nanoseconds, after symlinks.
 * "absent" when there is no such file — its appearing later changes the identity too.
 */
async function fileIdentity(path) {
    try {
        const s = await (0,promises_.stat)(path, { bigint: true });
        return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
    }
    catch {
        return "absent";
    }
}
/** The file behind `path` and its identity; undefined when it does not exist. */
async function realFile(path) {
    try {
        const real = await (0,promises_.realpath)(path);
        return { path: real, identity: await fileIdentity(real) };
    }
    catch {
        return undefined;
    }
}
/**
 * Whether a program is a script (`#!`, or a Windows batch or PowerShell file): what it runs then
 * depends on its text and environment, not on its own file, so no answer of it is kept.
 */
async function isScript(path) {
    if (/\.(bat|cmd|ps1)$/i.test(path))
        return true;
    try {
        const file = await (0,promises_.open)(path, "r");
        try {
            const head = Buffer.alloc(2);
            const { bytesRead } = await file.read(head, 0, 2, 0);
            return bytesRead === 2 && head.toString("latin1") === "#!";
        }
        finally {
            await file.close();
        }
    }
    catch {
        return true; // unreadable: nothing is known about it
    }
}
/** The variables of `env` whose names pass `keep`, sorted: the part of a key the environment decides. */
function envPart(env, keep) {
    return Object.keys(env)
        .filter((name) => keep(name) && env[name] !== undefined)
        .sort()
        .map((name) => `${name}=${env[name]}`);
}
/** The file of an entry: named by the key's hash; the entry holds the key itself, which a read compares. */
function entryName(kind, key) {
    return `${kind}-${nameHash(key)}.json`;
}
/**
 * A memo in `dir`: one small JSON file per answer, named by the key's hash and holding the key, written to a
 * temporary name and renamed so a reader never sees half of one. Every failure is a miss: an
 * unwritable or damaged memo costs the next run a process start, never a wrong answer.
 */
function fileMemo(dir) {
    return {
        async read(kind, key) {
            try {
                const entry = JSON.parse(await readFile(join(dir, entryName(kind, key)), "utf8"));
                // Another key under the same name (a hash collision) or an entry of an older layout: a miss.
                return entry.key === key ? entry.value : undefined;
            }
            catch {
                return undefined;
            }
        },
        async write(kind, key, value) {
            const file = join(dir, entryName(kind, key));
            const scratch = `${file}.${process.pid}.tmp`;
            try {
                await mkdir(dir, { recursive: true });
                await writeFile(scratch, `${JSON.stringify({ key, value })}\n`);
                await rename(scratch, file);
                await prune(dir, kind);
            }
            catch {
                await rm(scratch, { force: true }).catch(() => undefined);
            }
        },
    };
}
/** The memo of probe answers (programs' versions, an interpreter's facts) in the user's cache. */
function probeMemo(env, platform) {
    const dir = userCacheDir(env, platform);
    return dir === undefined ? undefined : fileMemo(join(dir, "probes"));
}
/** Keeps the newest KEPT_PER_KIND entries of a kind; runs only after a miss wrote one. */
async function prune(dir, kind) {
    const names = (await readdir(dir)).filter((name) => name.startsWith(`${kind}-`) && name.endsWith(".json"));
    if (names.length <= KEPT_PER_KIND)
        return;
    const dated = await Promise.all(names.map(async (name) => ({
        name,
        mtime: (await stat(join(dir, name)).catch(() => undefined))?.mtimeMs ?? 0,
    })));
    dated.sort((a, b) => b.mtime - a.mtime);
    await Promise.all(dated.slice(KEPT_PER_KIND).map(({ name }) => rm(join(dir, name), { force: true })));
}

// EXTERNAL MODULE: ../toolchain/src/install/platform.ts
var install_platform = __nccwpck_require__(2810);
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

;// CONCATENATED MODULE: ../toolchain/src/probe/identity.ts





/** A rustup proxy or rustup itself: `rustc` and `cargo` are links to the one rustup binary. */
function isRustupName(name) {
    return name === "rustup" || name === "rustup-init";
}
function programName(path, platform) {
    const name = (0,install_platform/* pathApi */.E0)(platform).basename(path).toLowerCase();
    return name.endsWith(".exe") ? name.slice(0, -4) : name;
}
/**
 * Every directory rustup looks for toolchain files in (and cargo for `.cargo/config.toml`), nearest
 * first: from `cwd` with its symlinks resolved (their `getcwd`, as rustup's findToolchainFile
 * starts) up to the root.
 */
async function upwardDirectories(cwd, platform) {
    const api = (0,install_platform/* pathApi */.E0)(platform);
    const dirs = [await startDirectory(fs_nodeResolveFs, api.resolve(cwd))];
    for (let dir = dirs[0]; api.dirname(dir) !== dir;) {
        dir = api.dirname(dir);
        dirs.push(dir);
    }
    return dirs;
}
/**
 * What decides the answers of the `tool` at `path` run from `cwd` (`rustc -vV`, `cargo metadata`),
 * as a key, and whether it is a rustup proxy; undefined when files cannot decide it (a script, or
 * a wrapper that is neither the tool nor rustup), and the program must be asked every time.
 *
 * A binary of the tool answers for itself: its identity is the key. A rustup proxy answers for the
 * toolchain rustup selects, so the key holds every input of that choice (rustup's documented
 * order): RUSTUP_* variables, the homes, `settings.toml` (default toolchain, directory
 * overrides) and the toolchain files in `cwd` and its parents. The selected toolchain's own
 * binary is checked by the caller (sysrootTool), which catches an update in place
 * (`rustup update` keeps the directory, replaces the files).
 */
async function rustToolIdentity(path, tool, ctx) {
    const real = await realFile(path);
    if (real === undefined || (await isScript(real.path)))
        return undefined;
    const api = (0,install_platform/* pathApi */.E0)(ctx.platform);
    const name = programName(real.path, ctx.platform);
    const sibling = await realFile(api.join(api.dirname(path), `rustup${(0,install_platform/* exeSuffix */.Kl)(ctx.platform)}`));
    const proxy = isRustupName(name) || (sibling !== undefined && sibling.identity === real.identity);
    if (!proxy && name !== tool)
        return undefined;
    const parts = [path, real.path, real.identity];
    if (proxy) {
        const home = envValue(ctx.env, ctx.platform === "win32" ? "USERPROFILE" : "HOME", ctx.platform) ?? "";
        const { rustupHome } = environment_toolHomes(ctx.env, home);
        const upper = (n) => n.toUpperCase();
        parts.push(...envPart(ctx.env, (n) => upper(n).startsWith("RUSTUP_") || ["CARGO_HOME", "HOME", "USERPROFILE"].includes(upper(n))), `cwd=${api.resolve(ctx.cwd)}`);
        const files = [api.join(rustupHome, "settings.toml")];
        if (ctx.platform !== "win32")
            files.push("/etc/rustup/settings.toml");
        for (const dir of await upwardDirectories(ctx.cwd, ctx.platform))
            files.push(api.join(dir, "rust-toolchain"), api.join(dir, "rust-toolchain.toml"));
        const identities = await Promise.all(files.map(fileIdentity));
        parts.push(...files.map((file, i) => `${file}=${identities[i]}`));
    }
    return { key: JSON.stringify(parts), proxy };
}
/** A tool inside a sysroot, whose identity tells whether the toolchain changed in place. */
function sysrootTool(sysroot, tool, platform) {
    return (0,install_platform/* pathApi */.E0)(platform).join(sysroot, "bin", `${tool}${(0,install_platform/* exeSuffix */.Kl)(platform)}`);
}

// EXTERNAL MODULE: ../toolchain/src/probe/rustc.ts
var probe_rustc = __nccwpck_require__(1819);
;// CONCATENATED MODULE: ../toolchain/src/probe/remembered.ts



/**
 * `rustc -vV` and `rustc --print sysroot`, answered from the memo when the files that decide them
 * (rustToolIdentity) and the toolchain's own rustc are unchanged since they were last asked; asked
 * and kept otherwise. Behind a rustup proxy that saves two proxy starts, ~50 ms of CPU each.
 */
async function probeRustcRemembered(rustc, options) {
    const { memo, platform } = options;
    const key = (await rustToolIdentity(rustc, "rustc", { env: options.env, platform, cwd: options.cwd }))?.key;
    if (key !== undefined) {
        const kept = await memo.read("rustc", key);
        const parsed = typeof kept?.verbose === "string" ? (0,probe_rustc/* parseRustcVerbose */.fU)(kept.verbose) : undefined;
        if (parsed &&
            typeof kept?.sysroot === "string" &&
            kept.sysrootRustc === (await fileIdentity(sysrootTool(kept.sysroot, "rustc", platform)))) {
            return { ok: true, rustc: parsed, sysroot: kept.sysroot };
        }
    }
    const probe = await (0,probe_rustc/* probeRustc */.Kk)(rustc, { ...options, sysroot: true });
    if (key !== undefined && probe.ok && probe.sysroot !== undefined) {
        const binary = await fileIdentity(sysrootTool(probe.sysroot, "rustc", platform));
        // A sysroot without its own rustc (an unusual layout) has nothing to check an update by.
        if (binary !== "absent") {
            const kept = { verbose: probe.rustc.text, sysroot: probe.sysroot, sysrootRustc: binary };
            await memo.write("rustc", key, kept);
        }
    }
    return probe;
}

;// CONCATENATED MODULE: ../toolchain/src/probe/detect.ts





/**
 * Targets with a standard library in a sysroot: each `lib/rustlib/<target>/lib` directory
 * (other entries there — `etc`, `src`, rustup's manifests — are not targets).
 */
async function installedTargets(sysroot) {
    const rustlib = (0,external_node_path_.join)(sysroot, "lib", "rustlib");
    const targets = [];
    // Sorted; a missing rustlib lists nothing, and `components` (a file) is no directory.
    for (const entry of (await fs_nodeResolveFs.readDir?.(rustlib)) ?? []) {
        if (await fs_nodeResolveFs.isDirectory((0,external_node_path_.join)(rustlib, entry, "lib")))
            targets.push(entry);
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
    const how = {
        env: options.env,
        ...(options.run !== undefined && { run: options.run }),
        ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    };
    const probe = options.memo !== undefined && options.cwd !== undefined
        ? await probeRustcRemembered(rustc.path, {
            ...how,
            cwd: options.cwd,
            memo: options.memo,
            platform: options.platform,
        })
        : await (0,probe_rustc/* probeRustc */.Kk)(rustc.path, {
            ...how,
            sysroot: true,
            ...(options.cwd !== undefined && { cwd: options.cwd }),
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
    const input = formatPythonVersion(given);
    const declared = formatPythonVersion(tree);
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
    const args = typeof input === "string" ? parseCommand(input, "configure-args") : [...input];
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
        ...(options.memo ? { memo: options.memo } : {}),
    });
}
function configureFacts(args) {
    return parseConfigureArgs(args ?? []);
}

// EXTERNAL MODULE: ../core/src/process.ts
var src_process = __nccwpck_require__(7498);
;// CONCATENATED MODULE: ../../node_modules/.pnpm/yocto-queue@1.2.2/node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/p-limit@7.3.3/node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
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
    const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "oxidize-no-rust-"));
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

;// CONCATENATED MODULE: ../policy/src/conformance/invocation.ts
/**
 * How a conformance run starts configure: the way a workflow's `shell: bash` step would on every
 * OS. On POSIX the program is started directly (a `./configure` with a shebang runs as it does
 * from bash). Windows cannot start a shell script itself, so there the argv goes to the `bash` on
 * PATH (Git Bash on GitHub's runners) with the runner's flags. The words are bash's positional
 * parameters and the script is only `"$@"`: each argument arrives exactly as given, nothing is
 * expanded, split or interpreted.
 */
/** The runner's `shell: bash`: `bash --noprofile --norc -eo pipefail {0}`. */
const BASH_FLAGS = ["--noprofile", "--norc", "-eo", "pipefail"];
function configureInvocation(argv, platform) {
    const [program, ...rest] = argv;
    if (program === undefined)
        throw new Error("configureInvocation: empty argv");
    if (platform !== "win32")
        return { file: program, args: rest, viaBash: false };
    // After -c, the next word is $0 ("bash", as in error messages) and the rest are "$@".
    return { file: "bash", args: [...BASH_FLAGS, "-c", '"$@"', "bash", ...argv], viaBash: true };
}
/** bash's own "command not found" (127) and "cannot execute" (126). */
function bashCouldNotStart(invocation, exitCode) {
    return invocation.viaBash && (exitCode === 126 || exitCode === 127);
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
/**
 * A build directory's configure verdict, if configure ran there, and the Rust modules the
 * tree's Setup files declare. `sourceDir` undefined: the Makefile's `srcdir` (else the build
 * directory itself, an in-tree build).
 */
async function readRustTree(sourceDir, buildDir) {
    const configured = await readConfiguredTree(buildDir);
    const source = sourceDir ?? (0,external_node_path_.resolve)(buildDir, configured?.vars.get("srcdir") ?? ".");
    const modules = rustModules(await readSetupModules(source, buildDir, configured?.buildType), source);
    return configured ? { configured, modules } : { modules };
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
    const { configured, modules } = await readRustTree(undefined, cwd);
    if (!configured || modules.length === 0)
        return undefined;
    return Object.fromEntries(modules.map((m) => [m.module, configured.stateOf(m.module) ?? "(not set)"]));
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
 * as they are in that scenario.
 *
 * configure writes into its tree, so only the as-given run happens in `cwd` (which ends configured
 * as the user asked); the others run in copies of it (without `.git`), side by side: CPython's
 * configure takes a minute or more of mostly serial work, and four of them in a row were most of
 * the step's time.
 */
async function runConformance(options) {
    const argv = typeof options.command === "string" ? parseCommand(options.command, "run") : [...options.command];
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
    const results = await runSideBySide(scenarios, options, (scenario, cwd) => runScenario(scenario, commandInCopy(argv, options.cwd, cwd), present, detect, { ...options, cwd }, platform, cwd !== options.cwd));
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
async function runScenario(scenario, argv, present, detect, options, platform, 
/** The scenario runs in a copy of the tree, which it may change before configure runs. */
inCopy) {
    const hidden = scenario.hideRust ? await hideRust(options.env, { platform }) : undefined;
    try {
        const env = hidden?.env ?? options.env;
        if (hidden && inCopy)
            await forgetRustInCopy(options.cwd, env);
        const rust = hidden ? await hiddenFacts(detect, env) : present;
        const command = [...argv, ...scenario.append];
        const facts = { ...options.facts, rust, configure: parseConfigureArgs(command.slice(1)) };
        const verdict = evaluate(options.policy, facts);
        const expected = { outcome: verdict.outcome, message: verdict.message, reasons: verdict.reasons };
        const started = Date.now();
        const invocation = configureInvocation(command, platform);
        const result = await (options.run ?? src_process/* runProcess */.R)(invocation.file, invocation.args, {
            cwd: options.cwd,
            env,
            timeoutMs: options.timeoutMs ?? 600_000,
        });
        if (result.startError !== undefined) {
            const fix = invocation.viaBash
                ? `Windows starts configure with bash, as shell: bash does: install Git for Windows (its bash on PATH), ` +
                    `or skip the conformance run on Windows (if: runner.os != 'Windows').`
                : `Give the configure command relative to source-dir (e.g. ./configure) and make sure it is executable.`;
            throw new ConformanceError(`run: cannot start ${JSON.stringify(invocation.file)} in ${options.cwd}: ${result.startError}. ${fix}`);
        }
        if (bashCouldNotStart(invocation, result.exitCode)) {
            const said = lastLines(result.output, 1)[0] ?? `exit ${result.exitCode}`;
            throw new ConformanceError(`run: cannot start ${JSON.stringify(command[0])} in ${options.cwd}: ${said}. ` +
                `Give the configure command relative to source-dir (e.g. ./configure).`);
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
                result: {
                    ...base,
                    skipped: `Rust was still found with it hidden (${rust.rustc.path ?? rust.cargo.path})`,
                },
                output: result.output,
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
        return { result: { ...base, mismatches }, output: result.output };
    }
    finally {
        await hidden?.cleanup();
    }
}
/** The title of a scenario's log group. */
function groupTitle(result) {
    return `configure ${result.description}: ${result.argv.join(" ")}${result.rustHidden ? " (Rust hidden)" : ""}`;
}
/**
 * Runs the scenarios at most `parallelism` at a time, the first in `options.cwd` and each other in
 * its own copy of it, and logs each one's output as a group in scenario order, so groups never
 * interleave. The copies go, whatever happens.
 */
async function runSideBySide(scenarios, options, runOne) {
    const limit = pLimit(Math.max(1, options.parallelism ?? (0,external_node_os_.availableParallelism)()));
    const scratch = scenarios.length > 1
        ? await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tempDir ?? (0,external_node_os_.tmpdir)(), "oxidize-conformance-"))
        : undefined;
    let runs = [];
    try {
        // Every copy is the tree as given, taken before any configure writes into it (a config.cache
        // the as-given run rewrites must not reach the others).
        const dirs = await Promise.all(scenarios.map((scenario, index) => index === 0 ? options.cwd : copyScenarioTree(options.cwd, (0,external_node_path_.join)(scratch, scenario.id))));
        runs = scenarios.map((scenario, index) => limit(() => runOne(scenario, dirs[index])));
        const results = [];
        for (const run of runs) {
            const { result, output } = await run;
            if (options.log)
                await logScenario(options.log, result, output);
            results.push(result);
        }
        return results;
    }
    finally {
        await Promise.allSettled(runs);
        if (scratch)
            await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
async function logScenario(log, result, output) {
    await log.group(groupTitle(result), () => log.untrusted(async () => {
        for (const line of output.split(/\r?\n/))
            if (line !== "")
                log.info(line);
    }));
}
/** A copy of the tree configure can write into: everything but `.git`, modes, links and times kept. */
async function copyScenarioTree(tree, to) {
    const git = (0,external_node_path_.join)(tree, ".git");
    await (0,promises_.cp)(tree, to, {
        recursive: true,
        preserveTimestamps: true,
        verbatimSymlinks: true,
        filter: (source) => source !== git,
    });
    return to;
}
/**
 * An autoconf cache for a run with Rust hidden: its answers about cargo and Rust
 * (`ac_cv_prog_HAVE_CARGO`, …) dropped, and its record of the Rust precious variables
 * (`ac_cv_env_CARGO_HOME_set`/`_value`, from AC_ARG_VAR) set to `env`'s, as if the cache had
 * been written in this environment: configure calls a cache corrupt when a precious variable
 * differs from its record, and the other answers do not depend on where Rust is.
 */
function forgetRustInConfigCache(text, env) {
    const rust = /cargo|rust/i;
    const lines = [];
    for (const line of text.split("\n")) {
        const precious = /^ac_cv_env_(\w+)_(set|value)=/.exec(line);
        if (precious && rust.test(precious[1])) {
            const value = env[precious[1]];
            lines.push(precious[2] === "set"
                ? `ac_cv_env_${precious[1]}_set=${value === undefined ? "" : "set"}`
                : `ac_cv_env_${precious[1]}_value=${value === undefined ? "" : shellQuote(value)}`);
        }
        else if (!/\bac_cv_(?!env_)\w*(cargo|rust)/i.test(line)) {
            lines.push(line);
        }
    }
    return lines.join("\n");
}
/** A value as config.cache holds it: single-quoted for the shell that sources the cache. */
function shellQuote(value) {
    return /^[\w@%+=:,./-]*$/.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`;
}
/** A configure path given inside the tree names the same file in a copy of it. */
function commandInCopy(argv, tree, copy) {
    const [file, ...rest] = argv;
    if (file === undefined || !(0,external_node_path_.isAbsolute)(file))
        return [...argv];
    const inside = (0,external_node_path_.relative)(tree, file);
    return inside.startsWith("..") || (0,external_node_path_.isAbsolute)(inside) ? [...argv] : [(0,external_node_path_.join)(copy, inside), ...rest];
}
/**
 * With Rust hidden, configure's cache in the scenario's copy (`-C`, as CPython's CI configures)
 * forgets what it knew of cargo and Rust, or its cached "found" would answer for the hidden
 * toolchain and its record of CARGO_HOME would call the cache corrupt.
 */
async function forgetRustInCopy(dir, env) {
    const cache = (0,external_node_path_.join)(dir, "config.cache");
    const text = await (0,promises_.readFile)(cache, "utf8").catch(() => undefined);
    if (text !== undefined)
        await (0,promises_.writeFile)(cache, forgetRustInConfigCache(text, env));
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
function reachesFailOn(outcome, failOn) {
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
        const started = (0,clock/* monotonicMs */.d)();
        try {
            return await step();
        }
        finally {
            timings[name] = Math.round((0,clock/* monotonicMs */.d)() - started);
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
        ...(options.memo !== undefined ? { memo: options.memo } : {}),
    }));
    if (facts.python.disagreement)
        options.log?.info(`Python version: ${facts.python.disagreement}`);
    let verdict = await timed("evaluate", async () => evaluate(policy, facts));
    const check = { policy, facts, verdict, timings };
    const command = typeof options.run === "string" ? parseCommand(options.run, "run") : options.run;
    if (command !== undefined && command.length > 0) {
        const conformance = await timed("conformance", () => runConformance({
            command,
            cwd: options.sourceDir,
            env: options.env,
            policy,
            facts,
            ...(options.runTimeoutMs !== undefined ? { timeoutMs: options.runTimeoutMs } : {}),
            ...(options.log !== undefined ? { log: options.log } : {}),
            ...(options.tempDir !== undefined ? { tempDir: options.tempDir } : {}),
        }));
        verdict = applyConformance(verdict, conformance);
        check.verdict = verdict;
        check.conformance = conformance;
    }
    return check;
}
/** The check's facts as label → value rows, for reports, job summaries and the CLI alike. */
function checkFacts(check) {
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
        python: `${facts.python.full ?? formatPythonVersion(facts.python)} (${facts.python.source})`,
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
function impact(policy, options = {}) {
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
function renderImpactTable(report) {
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

;// CONCATENATED MODULE: ./src/commands/policy.ts






const policyUsage = `usage: oxidize policy <evaluate|conformance|impact> [options]

  evaluate      what configure must do about Rust for this build (pass, warn or fail)
  conformance   evaluate, then run configure with Rust present and hidden and check it complies
  impact        which platforms pass, warn or fail in which CPython version under a policy

options (evaluate, conformance; as the configure-policy action's inputs):
  --policy <name|file>        preset (summit-2026, pre-pep-2025, optional-modules, accelerators) or policy file
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
const policy_OPTIONS = {
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
        const option = name === undefined ? undefined : policy_OPTIONS[name];
        if (option?.type === "string" && i + 1 < args.length) {
            joined.push(`${arg}=${args[++i]}`);
        }
        else {
            joined.push(arg);
        }
    }
    return joined;
}
function policy_parseFlags(args) {
    try {
        return (0,external_node_util_.parseArgs)({
            args: joinStringValues(args),
            options: policy_OPTIONS,
            allowPositionals: false,
            strict: true,
        }).values;
    }
    catch (error) {
        throw new UsageError(parseArgsMessage(error));
    }
}
function choice(flag, value, choices, fallback) {
    if (value === undefined)
        return fallback;
    if (choices.includes(value))
        return value;
    throw new UsageError(`--${flag} must be one of ${choices.join(", ")}; got '${value}'`);
}
const list = (value) => {
    const items = value
        ?.split(",")
        .map((s) => s.trim())
        .filter((s) => s !== "");
    return items && items.length > 0 ? items : undefined;
};
async function policyCommand(args, io) {
    const [sub, ...rest] = args;
    if (sub === "--help" || sub === "-h" || sub === "help") {
        io.stdout(policyUsage);
        return 0;
    }
    if (sub === undefined)
        return usageFailure(io, "policy needs a subcommand (evaluate, conformance, impact)", "policy");
    try {
        const flags = policy_parseFlags(rest);
        if (flags.help) {
            io.stdout(policyUsage);
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
        if (error instanceof UsageError)
            return usageFailure(io, error.message, "policy");
        if (error instanceof user_error/* UserError */.y) {
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
    const fails = reachesFailOn(check.verdict.outcome, failOn);
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
    const facts = Object.entries(checkFacts(check));
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
    const pythonVersions = list(flags["python-version"]);
    const platforms = list(flags.target);
    const report = impact(policy, {
        ...(pythonVersions ? { pythonVersions } : {}),
        ...(platforms ? { platforms } : {}),
        ...(rust === "absent" ? { rust: { available: false } } : {}),
    });
    if (flags.json)
        io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    else
        io.stdout(flags.markdown ? renderImpactTable(report) : renderImpactText(report));
    return 0;
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
        throw new user_error/* UserError */.y("Inputs 'installer: rustup' and 'verify-signature: always' conflict: rustup does not check manifest signatures; use installer: dist (or auto), or verify-signature: auto");
    }
    if (choice === "dist" || verifySignature === "always")
        return { kind: "dist" };
    const rustup = await findRustup(env, homes, platform);
    if (rustup)
        return { kind: "rustup", rustup };
    if (choice === "rustup") {
        throw new user_error/* UserError */.y("Input 'installer' is 'rustup' but no rustup was found on PATH or in $CARGO_HOME/bin; install rustup first or use installer: dist");
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
async function bundledReleaseKey() {
    const { DEFAULT_RELEASE_KEY_PATH } = await __nccwpck_require__.e(/* import() */ 795).then(__nccwpck_require__.bind(__nccwpck_require__, 8795));
    const candidates = [join(import.meta.dirname, "keys", "rust-release-key.asc"), DEFAULT_RELEASE_KEY_PATH];
    const found = candidates.find((file) => existsSync(file));
    return found === undefined ? undefined : readFileSync(found, "utf8");
}
async function install_installToolchain(request) {
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
    const options = {
        toolchain: channelName(resolved),
        host: resolved.host,
        profile: resolved.profile,
        components: resolved.components,
        targets: resolved.targets,
        distServer: request.distServer,
        toolCacheDir,
        verifySignature: request.verifySignature,
        logger: request.log,
    };
    // The installer (downloads, unpacking, signatures) is loaded only when the tool cache does not have it.
    const result = (await findInstalled(options)) ?? (await installFromDist(options));
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
    const { installWithRustup } = await __nccwpck_require__.e(/* import() */ 458).then(__nccwpck_require__.bind(__nccwpck_require__, 1458));
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
async function installFromDist(options) {
    const [{ installToolchain }, releaseKey] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 614).then(__nccwpck_require__.bind(__nccwpck_require__, 614)),
        bundledReleaseKey(),
    ]);
    return installToolchain({ ...options, ...(releaseKey !== undefined && { releaseKey }) });
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
/**
 * The C library a process's memory map names: musl's loader (`ld-musl-<arch>.so.1`) or glibc's
 * `libc.so.6`; undefined when it names neither (a static binary, an unusual layout).
 */
function libcFromMaps(maps) {
    if (/\/ld-musl-[^/\s]*\.so/.test(maps))
        return "musl";
    if (/\/libc\.so\.6\b/.test(maps))
        return "glibc";
    return undefined;
}
/**
 * Whether this Node runs on musl. Its own memory map says so for the cost of one small read; the
 * diagnostic report (glibc's runtime version, ~2.5 ms to build) answers where /proc cannot.
 */
function isMusl() {
    if (process.platform !== "linux")
        return false;
    try {
        const libc = libcFromMaps((0,external_node_fs_.readFileSync)("/proc/self/maps", "utf8"));
        if (libc !== undefined)
            return libc === "musl";
    }
    catch {
        // no /proc: ask the report
    }
    const report = process.report?.getReport();
    return report?.header?.glibcVersionRuntime === undefined;
}
class HostDetectionError extends user_error/* UserError */.y {
}
async function detectHost(options = {}) {
    const rustc = options.rustc ?? "rustc";
    if (rustc !== false) {
        // Outside the workspace with auto-install off: a rustup proxy must not download the toolchain
        // named by the project's rust-toolchain.toml just to tell us the host.
        const probe = await (0,probe_rustc/* probeRustc */.Kk)(rustc, {
            env: { ...process.env, RUSTUP_AUTO_INSTALL: "0" },
            cwd: (0,external_node_os_.tmpdir)(),
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
        const started = monotonicMs();
        try {
            return await body();
        }
        finally {
            this.timings[phase] = Math.round((this.timings[phase] ?? 0) + monotonicMs() - started);
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
async function parseTomlText(contents, file) {
    // The Rust toml crate skips a leading byte-order mark; smol-toml does not.
    const text = contents.startsWith("\ufeff") ? contents.slice(1) : contents;
    // Loaded when a TOML file is found: most runs have none, or only a one-line legacy file.
    const { parse: parseToml, TomlError } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 3069));
    try {
        return parseToml(text);
    }
    catch (error) {
        if (error instanceof TomlError) {
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
async function parseOverrideFile(contents, mode, file, pathFlavor) {
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
    const doc = await parseTomlText(contents, file);
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
const PARTS = [KNOWN_ARCHS, KNOWN_OSES, KNOWN_ENVS];
/**
 * rustup's `PartialTargetTuple::new`: `undefined` when the text is not made of known parts.
 *
 * rustup matches `^(?:-(arch…))?(?:-(os…))?(?:-(env…))?$` against `-<text>` with the leftmost-first
 * `regex` crate. This walks the same choices in the same order (each part's names in list order, then
 * the part left out, backing up when the rest does not match) without building that regex: compiling
 * and running a 240-way alternation cost about 1 ms of every start-up.
 */
function parsePartialTargetTuple(text) {
    if (text === "")
        return {};
    const parts = matchParts(`-${text}`, 0, 0);
    if (!parts)
        return undefined;
    const tuple = {};
    if (parts[0])
        tuple.arch = parts[0];
    if (parts[1])
        tuple.os = parts[1];
    if (parts[2])
        tuple.env = parts[2];
    return tuple;
}
/** The names of parts `part`.. that make up `text` from `at` on (`undefined` for a part left out). */
function matchParts(text, at, part) {
    if (part === PARTS.length)
        return at === text.length ? [] : undefined;
    if (text[at] === "-") {
        for (const name of PARTS[part]) {
            if (!text.startsWith(name, at + 1))
                continue;
            const rest = matchParts(text, at + 1 + name.length, part + 1);
            if (rest)
                return [name, ...rest];
        }
    }
    const rest = matchParts(text, at, part + 1);
    return rest && [undefined, ...rest];
}
function hasTargetPart(tuple) {
    return tuple.arch !== undefined || tuple.os !== undefined || tuple.env !== undefined;
}

;// CONCATENATED MODULE: ../toolchain/src/resolve/toolchain-name.ts
// Toolchain names exactly as rustup reads them (src/dist/mod.rs `ParsedToolchainDesc`,
// src/toolchain/names.rs): `<channel>[-YYYY-MM-DD][-<target part>]`, or a custom name.


// Major: one digit; minor 0-999 and patch 0-99, no leading zeros; optional `-beta[.N]`.
const toolchain_name_VERSION = String.raw `[0-9]{1}\.(?:0|[1-9][0-9]{0,2})(?:\.(?:0|[1-9][0-9]?))?(?:-beta(?:\.[0-9]{1,2})?)?`;
const CHANNEL_RE = new RegExp(`^(nightly|beta|stable|${toolchain_name_VERSION})(?:-([0-9]{4}-[0-9]{2}-[0-9]{2}))?(?:-(.+))?$`);
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

;// CONCATENATED MODULE: ../toolchain/src/resolve/resolve-toolchain.ts
// Which toolchain setup-rust must provide, decided with rustup's precedence:
// the `toolchain` input (rustup's `+toolchain`) > RUSTUP_TOOLCHAIN > the nearest toolchain file > stable.








const NAME_HELP = "use an official name such as 'stable', '1.85.0' or 'nightly-2025-02-20'";
function resolve_toolchain_dedupe(lists) {
    return [...new Set(lists.flatMap((l) => l ?? []))];
}
/** True when the name is already the whole `<channel>[-<date>]-<triple>`, the name a toolchain is installed under. */
function namesWholeToolchain(desc, host) {
    return formatPartialToolchainDesc(desc) === formatToolchainDesc(resolveToolchainDesc(desc, host));
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
async function fromFile(found, fs, flavor, host) {
    const { file } = found;
    const section = await parseOverrideFile(found.contents, found.mode, file, flavor);
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
        // Toolchain files are shared between machines, so rustup refuses a target part unless a toolchain
        // of exactly that name is installed. A complete name (`stable-x86_64-unknown-linux-gnu`) is one
        // setup-rust installs, after which rustup accepts it; a partial one (`stable-msvc`) never names an
        // installed toolchain, so rustup refuses it everywhere.
        if (hasTargetPartInDesc(classified.desc) && !namesWholeToolchain(classified.desc, host)) {
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
            draft = await fromFile(found, fs, flavor, options.host);
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
    const components = resolve_toolchain_dedupe([section.components, input.components]);
    const targets = resolve_toolchain_dedupe([section.targets, input.targets]);
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

;// CONCATENATED MODULE: ./src/commands/toolchain.ts






const toolchainUsage = `usage: oxidize toolchain resolve [options]

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
    const { values, positionals } = (0,external_node_util_.parseArgs)({
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
        return usageFailure(io, parseArgsMessage(error), "toolchain");
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
            const installer = await install_chooseInstaller(choice, io.env, environment_toolHomes(io.env, (0,external_node_os_.homedir)()));
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
        if (error instanceof user_error/* UserError */.y)
            return reportError(error, json, io);
        throw error;
    }
}
async function toolchainCommand(args, io) {
    const [sub, ...rest] = args;
    if (sub === "--help" ||
        sub === "-h" ||
        (sub === "resolve" && (rest.includes("--help") || rest.includes("-h")))) {
        io.stdout(toolchainUsage);
        return 0;
    }
    if (sub !== "resolve") {
        const what = sub === undefined ? "toolchain needs a subcommand (resolve)" : `unknown subcommand '${sub}'`;
        return usageFailure(io, what, "toolchain");
    }
    return resolveCommand(rest, io);
}

;// CONCATENATED MODULE: ../modules/src/vendor.ts
/**
 * Building from a vendor directory (what `cargo vendor` writes, kept outside the tree as CPython
 * plans for its Rust dependencies): checked against Cargo.lock before cargo runs, handed to cargo
 * as a source replacement on the command line (the user's tree is not edited), and the build's
 * offline claim proven afterwards by the registry areas of CARGO_HOME staying as they were.
 */






/** The vendor directory does not hold what Cargo.lock locks: a user error naming crate and file. */
class VendorError extends ModulesConfigError {
}
/** Files hashed at once. */
const HASH_BATCH = 32;
/** The source name the replacement uses on cargo's command line. */
const VENDOR_SOURCE = "oxidize-vendored";
/** `--frozen` (locked and offline) and crates-io replaced by the directory, for `cargo build`. */
function vendorCargoArgs(dir) {
    // A TOML basic string: JSON's escapes are valid in it, so any path survives.
    return [
        "--frozen",
        "--config",
        `source.crates-io.replace-with=${JSON.stringify(VENDOR_SOURCE)}`,
        "--config",
        `source.${VENDOR_SOURCE}.directory=${JSON.stringify(dir)}`,
    ];
}
/** Every package of Cargo.lock that comes from a registry or git, i.e. what must be vendored. */
function lockedCrates(lockText, lockPath) {
    let data;
    try {
        data = (0,dist.parse)(lockText);
    }
    catch (error) {
        throw new VendorError(`${lockPath} is not a valid Cargo.lock (${error.message.split("\n")[0]}).`);
    }
    const raw = data.package;
    const crates = [];
    for (const entry of Array.isArray(raw) ? raw : []) {
        const { name, version, source, checksum } = entry;
        if (typeof name !== "string" || typeof version !== "string" || typeof source !== "string")
            continue;
        crates.push(typeof checksum === "string" ? { name, version, checksum } : { name, version });
    }
    return crates;
}
async function vendor_isDirectory(path) {
    return (0,promises_.stat)(path).then((s) => s.isDirectory(), () => false);
}
/** `<name>-<version>/` (cargo vendor --versioned-dirs), else `<name>/` holding that version. */
async function crateDir(vendorDir, crate) {
    const versioned = (0,external_node_path_.join)(vendorDir, `${crate.name}-${crate.version}`);
    if (await vendor_isDirectory(versioned))
        return versioned;
    const plain = (0,external_node_path_.join)(vendorDir, crate.name);
    const manifest = await (0,promises_.readFile)((0,external_node_path_.join)(plain, "Cargo.toml"), "utf8").catch(() => undefined);
    if (manifest === undefined)
        return undefined;
    try {
        const pkg = (0,dist.parse)(manifest).package;
        return pkg?.version === crate.version ? plain : undefined;
    }
    catch {
        return undefined;
    }
}
function sha256File(path) {
    return new Promise((resolvePromise, reject) => {
        // Loaded on use: only a build from a vendor directory hashes files.
        const hash = process.getBuiltinModule("node:crypto").createHash("sha256");
        (0,external_node_fs_.createReadStream)(path)
            .on("data", (chunk) => hash.update(chunk))
            .on("error", reject)
            .on("end", () => resolvePromise(hash.digest("hex")));
    });
}
/** Every file under `dir`, as `/`-separated paths relative to it. */
async function listFiles(dir) {
    const entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
    return entries
        .filter((e) => e.isFile() || e.isSymbolicLink())
        .map((e) => (0,external_node_path_.relative)(dir, (0,external_node_path_.join)(e.parentPath, e.name)).split(external_node_path_.sep).join("/"));
}
async function readChecksums(dir, crate, shown) {
    const file = `${shown}/.cargo-checksum.json`;
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, ".cargo-checksum.json"), "utf8").catch(() => undefined);
    if (text === undefined) {
        throw new VendorError(`vendor-dir: ${file} is missing, so ${crate.name} ${crate.version} cannot be verified. Re-vendor the dependencies (cargo vendor).`);
    }
    try {
        const data = JSON.parse(text);
        if (typeof data.files !== "object" || data.files === null)
            throw new Error("no files map");
        return { package: typeof data.package === "string" ? data.package : null, files: data.files };
    }
    catch (error) {
        throw new VendorError(`vendor-dir: ${file} is not cargo's checksum file (${error.message}). Re-vendor the dependencies (cargo vendor).`);
    }
}
/** One crate: present, the package the lock file names, and every file as vendored. */
async function verifyCrate(vendorDir, crate) {
    const dir = await crateDir(vendorDir, crate);
    const label = `${crate.name} ${crate.version}`;
    if (!dir) {
        throw new VendorError(`vendor-dir: crate ${label}, locked in Cargo.lock, is missing (no ${crate.name}-${crate.version}/ in ${vendorDir}). ` +
            "Re-vendor the dependencies (cargo vendor --versioned-dirs) or restore that directory.");
    }
    const shown = (0,external_node_path_.relative)(vendorDir, dir);
    const sums = await readChecksums(dir, crate, shown);
    if (crate.checksum !== undefined && sums.package !== crate.checksum) {
        throw new VendorError(`vendor-dir: ${shown}/.cargo-checksum.json says ${label} is package ${sums.package ?? "(none)"}, but Cargo.lock locks ${crate.checksum}: ` +
            "the vendored crate is not the one locked. Vendor again from the same sources, or update Cargo.lock with them.");
    }
    const listed = new Set(Object.keys(sums.files));
    const present = new Set(await listFiles(dir));
    for (const file of [...present].sort()) {
        if (file !== ".cargo-checksum.json" && !listed.has(file)) {
            throw new VendorError(`vendor-dir: ${shown}/${file} of ${label} is not listed in its .cargo-checksum.json (added after vendoring). Remove it or re-vendor.`);
        }
    }
    const entries = Object.entries(sums.files).sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [file] of entries) {
        if (!present.has(file)) {
            throw new VendorError(`vendor-dir: ${shown}/${file} of ${label} is listed in its .cargo-checksum.json but missing. Restore it or re-vendor.`);
        }
    }
    // A few files at a time: a crate such as windows-sys has thousands, more than a process may open.
    for (let i = 0; i < entries.length; i += HASH_BATCH) {
        const batch = entries.slice(i, i + HASH_BATCH);
        const actual = await Promise.all(batch.map(([file]) => sha256File((0,external_node_path_.join)(dir, file))));
        const changed = batch.find(([, expected], k) => actual[k] !== expected);
        if (changed) {
            throw new VendorError(`vendor-dir: ${shown}/${changed[0]} of ${label} does not match its checksum in .cargo-checksum.json (changed after vendoring). ` +
                "Restore it or re-vendor the dependencies.");
        }
    }
    return listed.size;
}
/**
 * Checks that `vendorDir` holds every crate Cargo.lock locks, as vendored: the one-line error names
 * the crate and, for a changed, added or missing file, the file. Cargo checks the same at build time,
 * but stops at the first crate with a message that names neither the fix nor the input.
 */
async function verifyVendorDir(vendorDir, workspaceRoot) {
    const started = (0,clock/* monotonicMs */.d)();
    if (!(await vendor_isDirectory(vendorDir))) {
        throw new VendorError(`Input 'vendor-dir': ${vendorDir} is not a directory. Point it at the output of cargo vendor.`);
    }
    const lockPath = (0,external_node_path_.join)(workspaceRoot, "Cargo.lock");
    const lockText = await (0,promises_.readFile)(lockPath, "utf8").catch(() => undefined);
    if (lockText === undefined) {
        throw new VendorError(`Input 'vendor-dir' needs the workspace's Cargo.lock (${lockPath} is missing): commit the lock file the vendor directory was made from.`);
    }
    const crates = lockedCrates(lockText, lockPath);
    let files = 0;
    for (const crate of crates)
        files += await verifyCrate(vendorDir, crate);
    return { dir: vendorDir, crates: crates.length, files, seconds: ((0,clock/* monotonicMs */.d)() - started) / 1000 };
}
/** Where cargo keeps what it downloads: a fully offline build adds nothing there. */
const DOWNLOAD_AREAS = (/* unused pure expression or super */ null && (["registry/index", "registry/cache", "registry/src", "git/db"]));
/** The entries (two levels deep) of CARGO_HOME's download areas. */
async function downloadSnapshot(cargoHome) {
    const seen = new Set();
    for (const area of DOWNLOAD_AREAS) {
        const top = await readdir(join(cargoHome, area)).catch(() => []);
        for (const name of top) {
            seen.add(`${area}/${name}`);
            const inner = await readdir(join(cargoHome, area, name)).catch(() => []);
            for (const child of inner)
                seen.add(`${area}/${name}/${child}`);
        }
    }
    return seen;
}
/** What appeared in the download areas between two snapshots. */
function downloadsAdded(before, after) {
    return [...after].filter((entry) => !before.has(entry)).sort();
}

;// CONCATENATED MODULE: ./src/commands/vendor.ts





const vendorUsage = `usage: oxidize vendor verify <vendor-dir> [--workspace <dir>]

Check a cargo vendor directory against a workspace's Cargo.lock, as build-rust-modules' vendor-dir
input does before it builds: every crate locked from a registry or git present (<name>-<version>/
or <name>/), with the package checksum Cargo.lock names, and every file as .cargo-checksum.json
lists it (nothing changed, added or missing).

options:
  --workspace <dir>   the directory holding Cargo.lock (default: .)
  -h, --help          show this help

exit status: 0 verified, 1 the directory does not match (one line naming the crate and the file),
2 usage error
`;
async function vendorCommand(args, io) {
    const [sub, ...rest] = args;
    if (sub === "--help" || sub === "-h" || rest.includes("--help") || rest.includes("-h")) {
        io.stdout(vendorUsage);
        return 0;
    }
    if (sub !== "verify") {
        const what = sub === undefined ? "vendor needs a subcommand (verify)" : `unknown subcommand '${sub}'`;
        return usageFailure(io, what, "vendor");
    }
    let values;
    let positionals;
    try {
        ({ values, positionals } = (0,external_node_util_.parseArgs)({
            args: rest,
            options: { workspace: { type: "string" } },
            allowPositionals: true,
            strict: true,
        }));
    }
    catch (error) {
        return usageFailure(io, parseArgsMessage(error), "vendor");
    }
    if (positionals.length !== 1) {
        const what = positionals.length === 0
            ? "vendor verify needs the vendor directory"
            : `unexpected argument '${positionals[1]}'`;
        return usageFailure(io, what, "vendor");
    }
    try {
        const check = await verifyVendorDir((0,external_node_path_.resolve)(io.cwd, positionals[0]), (0,external_node_path_.resolve)(io.cwd, values.workspace ?? "."));
        io.stdout(`${check.crates} crate(s), ${check.files} file(s) verified against Cargo.lock in ${check.dir}\n`);
        return 0;
    }
    catch (error) {
        if (!(error instanceof user_error/* UserError */.y))
            throw error;
        // The library words it for the action's input; here the directory is an argument.
        io.stderr(`error: ${error.message.replace(/^(Input 'vendor-dir'|vendor-dir): /, "")}\n`);
        return 1;
    }
}

;// CONCATENATED MODULE: ./src/main.ts






const commands = {
    modules: { run: modulesCommand, usage: modulesUsage },
    policy: { run: policyCommand, usage: policyUsage },
    toolchain: { run: toolchainCommand, usage: toolchainUsage },
    vendor: { run: vendorCommand, usage: vendorUsage },
};
const usage = `usage: oxidize <command> [options]

commands:
  modules sbom|audit                   what went into the built modules: SBOM, advisories (see: oxidize help modules)
  policy evaluate|impact|conformance   decide what configure must do (see: oxidize help policy)
  toolchain resolve                    the toolchain setup-rust would install (see: oxidize help toolchain)
  vendor verify <dir>                  a cargo vendor directory against Cargo.lock (see: oxidize help vendor)
  help [command]                       this help, or a command's
  --version                            the version of oxidize

exit status: 2 for a usage error; each command documents the others
`;
function help(topic, io) {
    if (topic === undefined) {
        io.stdout(usage);
        return 0;
    }
    const command = Object.hasOwn(commands, topic) ? commands[topic] : undefined;
    if (!command)
        return usageFailure(io, `no help for '${topic}'`);
    io.stdout(command.usage);
    return 0;
}
async function main(args, io) {
    const [name, ...rest] = args;
    if (name === undefined)
        return usageFailure(io, "missing command");
    if (name === "--version" || name === "-V" || name === "version") {
        io.stdout(`oxidize ${VERSION}\n`);
        return 0;
    }
    if (name === "--help" || name === "-h")
        return help(undefined, io);
    if (name === "help") {
        if (rest.length > 1)
            return usageFailure(io, `help takes one command, got '${rest.join(" ")}'`);
        return help(rest[0], io);
    }
    const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!command) {
        return usageFailure(io, name.startsWith("-") ? `unknown option ${name}` : `unknown command '${name}'`);
    }
    return command.run(rest, io);
}


/***/ }),

/***/ 2705:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ monotonicMs),
/* harmony export */   y: () => (/* binding */ isoTimestamp)
/* harmony export */ });
/**
 * Milliseconds on a monotonic clock, for durations. `performance.now()` would do the same, but the first
 * touch of the `performance` global loads a dozen of Node's perf_hooks modules (about 2 ms of a start-up the
 * setup's cache hit is measured by); `process.hrtime` is already there.
 */
function monotonicMs() {
    return Number(process.hrtime.bigint()) / 1e6;
}
const pad = (n, width = 2) => String(n).padStart(width, "0");
/**
 * `date.toISOString()`, from the date's UTC fields. The first toISOString call of a process costs about
 * 0.9 ms (the same as the rest of a cache hit's result rendering); the fields cost almost nothing.
 */
function isoTimestamp(date) {
    const year = date.getUTCFullYear();
    // Outside four-digit years toISOString writes a sign and six digits; no result of ours gets there.
    if (year < 0 || year > 9999 || Number.isNaN(year))
        return date.toISOString();
    return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${pad(date.getUTCMilliseconds(), 3)}Z`;
}


/***/ }),

/***/ 7498:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ runProcess),
/* harmony export */   f: () => (/* binding */ lastLine)
/* harmony export */ });
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2705);

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
// Loaded on the first run: a setup-rust tool-cache hit runs no program and should not pay for it.
let childProcess;
const loadChildProcess = () => (childProcess ??= Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23)));
/** The one way every package runs a program: no shell, streamed lines, bounded output, a deadline. */
const runProcess = async (file, args, options) => {
    const { spawn } = await loadChildProcess();
    return new Promise((resolve) => {
        const started = (0,_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .monotonicMs */ .d)();
        const posix = process.platform !== "win32";
        const limit = options.maxCaptureChars ?? DEFAULT_CAPTURE;
        const stdout = new Tail(limit);
        const stderr = new Tail(limit);
        const output = new Tail(limit);
        let timedOut = false;
        let settled = false;
        const child = spawn(file, [...args], {
            cwd: options.cwd,
            env: options.env,
            shell: false,
            stdio: [options.stdin ? "pipe" : "ignore", "pipe", "pipe"],
            // Its own process group, so the deadline also stops what it started (compilers, sub-shells).
            detached: posix,
            windowsHide: true,
        });
        // Both are pipes (stdio above); only stdin depends on the options.
        const childOut = child.stdout;
        const childErr = child.stderr;
        const outLines = options.onStdoutLine ? lineSplitter(options.onStdoutLine) : undefined;
        const errLines = options.onStderrLine ? lineSplitter(options.onStderrLine) : undefined;
        // utf8 decoding in the stream keeps a character split across chunks whole.
        childOut.setEncoding("utf8");
        childErr.setEncoding("utf8");
        childOut.on("data", (chunk) => {
            stdout.push(chunk);
            output.push(chunk);
            outLines?.push(chunk);
        });
        childErr.on("data", (chunk) => {
            stderr.push(chunk);
            output.push(chunk);
            errLines?.push(chunk);
        });
        let timer;
        const startDeadline = () => {
            timer = setTimeout(() => {
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
        };
        if (options.stdin && child.stdin) {
            const handles = [child, child.stdin, childOut, childErr];
            for (const handle of handles)
                handle.unref();
            const input = child.stdin;
            // A program that exits without reading its input must not fail the run with EPIPE.
            input.on("error", () => undefined);
            const deliver = (text) => {
                if (settled)
                    return;
                for (const handle of handles)
                    handle.ref();
                startDeadline();
                input.end(text);
            };
            options.stdin.then(deliver, () => deliver(""));
        }
        else {
            startDeadline();
        }
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
                durationMs: (0,_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .monotonicMs */ .d)() - started,
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
                childOut.destroy();
                childErr.destroy();
                finish(code, signal);
            }, DRAIN_GRACE_MS).unref();
        });
    });
};
/** The last non-empty line of some output, for one-line failure reasons. */
function lastLine(text) {
    const lines = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== "");
    return lines[lines.length - 1] ?? "";
}


/***/ }),

/***/ 2587:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
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


/***/ }),

/***/ 9834:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R7: () => (/* binding */ crateKey),
/* harmony export */   uh: () => (/* binding */ sourceKind)
/* harmony export */ });
/* unused harmony exports packageIdSource, normalizeLicense */
/**
 * One crate compiled into a module, as the inventory, the SBOM, the advisory check and the
 * dependency allow-list all see it. Pure data plus the two normalisations every producer needs:
 * where the crate came from (cargo's package id) and its licence (Cargo's `license` field).
 */
/** The source kind of a `CrateEntry.source`: `registry`, `vendored`, `path` or `git`. */
function sourceKind(source) {
    const colon = source.indexOf(":");
    return colon < 0 ? source : source.slice(0, colon);
}
/** A crate as `name@version`, the key advisories and allow-lists use. */
function crateKey(crate) {
    return `${crate.name}@${crate.version}`;
}
/**
 * The source part of a cargo package id: `registry+URL#name@1.0`, `sparse+URL#…`,
 * `path+file:///dir#…`, `git+URL?rev=…#…`, or the pre-1.77 form `name 1.0 (registry+URL)`.
 * Undefined for an id without one.
 */
function packageIdSource(id) {
    const legacy = /^\S+ \S+ \(([^)]+)\)$/.exec(id);
    const spec = legacy ? legacy[1] : id.includes("#") ? id.slice(0, id.indexOf("#")) : id;
    const plus = /^([a-z]+)\+(.+)$/.exec(spec);
    if (!plus)
        return undefined;
    return { kind: plus[1], location: plus[2] };
}
/**
 * Cargo's `license` field as an SPDX expression: the legacy `MIT/Apache-2.0` is `MIT OR Apache-2.0`
 * (cargo's own reading); an expression is kept as written.
 */
function normalizeLicense(license) {
    const trimmed = license.trim();
    if (!trimmed.includes("/"))
        return trimmed;
    return trimmed
        .split("/")
        .map((part) => part.trim())
        .filter((part) => part !== "")
        .join(" OR ");
}


/***/ }),

/***/ 9160:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cyclonedxJson: () => (/* binding */ cyclonedxJson)
/* harmony export */ });
/* unused harmony exports cargoPurl, buildBom */
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1077);
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2619);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(_cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9543);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(_cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6886);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(_cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _crate_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9834);
/**
 * The SBOM of the Rust modules as CycloneDX 1.6 JSON, built with the CycloneDX project's own
 * library (the model, its normaliser and serialiser; its validator checks the published schema).
 * One `library` component per module (the installed extension), one per crate compiled in; each
 * module's dependency entry lists every crate that went into it. Deterministic: lists sorted,
 * no random serial number, and the timestamp given by the caller (SOURCE_DATE_EPOCH when set).
 */
// Subpath imports: the package root also loads its schema resources through __dirname, which an
// ESM bundle does not have (and the SBOM is only built here, never validated).





/** Property names, in the `oxidize:` namespace CycloneDX leaves to tools. */
const PROPERTY = {
    source: "oxidize:crate:source",
    buildScript: "oxidize:crate:build-script",
    procMacro: "oxidize:crate:proc-macro",
    module: "oxidize:module",
};
/** `pkg:cargo/<name>@<version>`: the purl type cargo packages have. */
function cargoPurl(name, version) {
    return `pkg:cargo/${encodeURIComponent(name)}@${encodeURIComponent(version)}`;
}
function crateRef(crate) {
    // Two crates of one name and version from different sources are two components.
    return (0,_crate_js__WEBPACK_IMPORTED_MODULE_4__/* .sourceKind */ .uh)(crate.source) === "registry" ? (0,_crate_js__WEBPACK_IMPORTED_MODULE_4__/* .crateKey */ .R7)(crate) : `${(0,_crate_js__WEBPACK_IMPORTED_MODULE_4__/* .crateKey */ .R7)(crate)} ${crate.source}`;
}
function crateComponent(crate) {
    const component = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentType.Library, crate.name, {
        bomRef: crateRef(crate),
        version: crate.version,
        purl: cargoPurl(crate.name, crate.version),
        // "excluded": ran at build time (a proc-macro, a build script's dependency), not shipped.
        scope: crate.kind === "normal" ? _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentScope.Required : _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentScope.Excluded,
    });
    if (crate.checksum)
        component.hashes.set(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.HashAlgorithm["SHA-256"], crate.checksum);
    if (crate.license)
        component.licenses.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.LicenseExpression(crate.license));
    else if (crate.licenseFile)
        component.licenses.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.NamedLicense(`file: ${crate.licenseFile}`));
    component.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Property(PROPERTY.source, crate.source));
    component.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Property(PROPERTY.buildScript, String(crate.buildScript)));
    component.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Property(PROPERTY.procMacro, String(crate.procMacro)));
    return component;
}
/** The BOM model: modules and crates as components, each module depending on its crates. */
function buildBom(modules, options) {
    const crates = new Map();
    const root = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentType.Application, options.name, {
        bomRef: `project ${options.name}`,
    });
    const bom = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Bom();
    bom.metadata.timestamp = options.timestamp;
    bom.metadata.component = root;
    bom.metadata.tools.components.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentType.Application, options.tool.name, {
        version: options.tool.version,
    }));
    for (const module of modules) {
        const component = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentType.Library, module.module, {
            bomRef: `module ${module.module}`,
            version: module.version,
            purl: cargoPurl(module.package, module.version),
            scope: _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentScope.Required,
        });
        component.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Property(PROPERTY.module, module.module));
        if (module.artifact)
            component.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Property("oxidize:module:artifact", module.artifact));
        for (const crate of module.crates) {
            if (crate.name === module.package && (0,_crate_js__WEBPACK_IMPORTED_MODULE_4__/* .sourceKind */ .uh)(crate.source) === "path")
                continue; // the module itself
            const ref = crateRef(crate);
            let entry = crates.get(ref);
            if (!entry) {
                entry = crateComponent(crate);
                crates.set(ref, entry);
                bom.components.add(entry);
            }
            component.dependencies.add(entry.bomRef);
        }
        bom.components.add(component);
        root.dependencies.add(component.bomRef);
    }
    return bom;
}
/** The CycloneDX 1.6 JSON text of the SBOM, sorted and indented, ending in a newline. */
function cyclonedxJson(modules, options) {
    const serializer = new _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2__.JsonSerializer(new _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2__.JSON.Normalize.Factory(_cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_3__.Spec1dot6));
    return `${serializer.serialize(buildBom(modules, options), { sortLists: true, space: 2 })}\n`;
}


/***/ }),

/***/ 2810:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ pathApi),
/* harmony export */   Kl: () => (/* binding */ exeSuffix),
/* harmony export */   fH: () => (/* binding */ keepsFileModes),
/* harmony export */   gR: () => (/* binding */ toolchainPaths)
/* harmony export */ });
/* unused harmony export manifestPathToNative */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Platform-dependent names, injectable so Windows and macOS behaviour can be unit-tested on Linux.

function exeSuffix(platform) {
    return platform === "win32" ? ".exe" : "";
}
function pathApi(platform) {
    return platform === "win32" ? (node_path__WEBPACK_IMPORTED_MODULE_0___default().win32) : (node_path__WEBPACK_IMPORTED_MODULE_0___default().posix);
}
function toolchainPaths(dir, platform) {
    const p = pathApi(platform);
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
    return pathApi(platform).join(prefix, ...rel.split("/"));
}
/** Unix modes mean nothing on Windows; keeping them there would only produce read-only surprises. */
function keepsFileModes(platform) {
    return platform !== "win32";
}


/***/ }),

/***/ 1819:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kk: () => (/* binding */ probeRustc),
/* harmony export */   fU: () => (/* binding */ parseRustcVerbose),
/* harmony export */   u: () => (/* binding */ parseCargoVersion)
/* harmony export */ });
/* harmony import */ var _oxidize_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7498);

/**
 * Parses `rustc -vV` ("key: value" lines after the banner). Undefined when release or host is
 * missing, i.e. the program was not rustc.
 */
function parseRustcVerbose(text) {
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
function parseCargoVersion(text) {
    return /^cargo (\S+)/.exec(text.trim())?.[1];
}
/**
 * Asks a rustc (and optionally a cargo) what they are. A program that does not answer like rustc
 * — a stub, a wrapper that fails, one that hangs — is a problem, never a fact.
 */
async function probeRustc(rustc, options) {
    const run = options.run ?? _oxidize_core__WEBPACK_IMPORTED_MODULE_0__/* .runProcess */ .R;
    const timeoutMs = options.timeoutMs ?? 30_000;
    const processOptions = { env: options.env, timeoutMs, ...(options.cwd ? { cwd: options.cwd } : {}) };
    // All at once: each is a process (behind a rustup proxy, two), and none needs another's answer.
    const [verbose, cargo, sysroot] = await Promise.all([
        run(rustc, ["-vV"], processOptions),
        options.cargo === undefined ? undefined : run(options.cargo, ["-V"], processOptions),
        options.sysroot ? run(rustc, ["--print", "sysroot"], processOptions) : undefined,
    ]);
    const parsed = verbose.exitCode === 0 ? parseRustcVerbose(verbose.stdout) : undefined;
    if (!parsed) {
        const why = verbose.timedOut
            ? `timed out after ${timeoutMs} ms`
            : (verbose.startError ??
                `exited with ${verbose.exitCode ?? verbose.signal}: ${(0,_oxidize_core__WEBPACK_IMPORTED_MODULE_0__/* .lastLine */ .f)(verbose.output)}`);
        return { ok: false, problem: `${rustc} -vV did not answer like rustc (${why})` };
    }
    const probe = { ok: true, rustc: parsed };
    const cargoVersion = cargo?.exitCode === 0 ? parseCargoVersion(cargo.stdout) : undefined;
    if (cargoVersion !== undefined)
        probe.cargoVersion = cargoVersion;
    if (sysroot?.exitCode === 0 && sysroot.stdout.trim() !== "")
        probe.sysroot = sysroot.stdout.trim();
    return probe;
}


/***/ }),

/***/ 1741:
/***/ ((module) => {

module.exports = eval("require")("xmlbuilder2");


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

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

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

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

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

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 3917:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.chainI = chainI;
function* chainI(...iterables) {
    for (const iterable of iterables) {
        yield* iterable;
    }
}
//# sourceMappingURL=iterable.js.map

/***/ }),

/***/ 8644:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isNotUndefined = isNotUndefined;
function isNotUndefined(value) {
    return value !== undefined;
}
//# sourceMappingURL=notUndefined.js.map

/***/ }),

/***/ 7987:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SortableNumbers = exports.SortableStringables = exports.SortableComparables = exports.SortableSet = exports.compareObjectsSymbol = void 0;
exports.compareObjectsSymbol = Symbol('internal compare function');
class SortableSet extends Set {
    sorted() {
        return Array.from(this).sort(this[exports.compareObjectsSymbol]);
    }
    compare(other) {
        const sortedOther = other.sorted();
        const sortedSelf = this.sorted();
        if (sortedSelf.length !== sortedOther.length) {
            return sortedSelf.length - sortedOther.length;
        }
        for (let i = sortedSelf.length - 1; i >= 0; --i) {
            const iCompared = this[exports.compareObjectsSymbol](sortedSelf[i], sortedOther[i]);
            if (iCompared !== 0) {
                return iCompared;
            }
        }
        return 0;
    }
}
exports.SortableSet = SortableSet;
class SortableComparables extends SortableSet {
    [exports.compareObjectsSymbol](a, b) {
        if (a.constructor === b.constructor) {
            return a.compare(b);
        }
        return a.constructor.name.localeCompare(b.constructor.name);
    }
}
exports.SortableComparables = SortableComparables;
class SortableStringables extends SortableSet {
    [exports.compareObjectsSymbol](a, b) {
        return a.toString().localeCompare(b.toString());
    }
}
exports.SortableStringables = SortableStringables;
class SortableNumbers extends SortableSet {
    [exports.compareObjectsSymbol](a, b) {
        return a - b;
    }
}
exports.SortableNumbers = SortableNumbers;
//# sourceMappingURL=sortable.js.map

/***/ }),

/***/ 1911:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.treeIteratorSymbol = void 0;
exports.treeIteratorSymbol = Symbol('iterator of a tree/nesting-like structure');
//# sourceMappingURL=tree.js.map

/***/ }),

/***/ 7154:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.escapeUri = escapeUri;
const _ESCAPES = [
    [/ /g, '%20'],
    [/"/g, '%22'],
    [/'/g, '%27'],
    [/\[/g, '%5B'],
    [/]/g, '%5D'],
    [/</g, '%3C'],
    [/>/g, '%3E'],
    [/\{/g, '%7B'],
    [/}/g, '%7D'],
];
function escapeUri(value) {
    if (value === undefined) {
        return value;
    }
    for (const [s, r] of _ESCAPES) {
        value = value.replace(s, r);
    }
    return value;
}
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 2878:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
__webpack_unused_export__ = ({ value: true });
const xmlbuilder2_1 = __nccwpck_require__(1741);
if (typeof xmlbuilder2_1.create !== 'function') {
    throw new Error('`create` is not a function');
}
exports.A = (function (rootElement, { space } = {}) {
    const indent = makeIndent(space);
    const doc = (0, xmlbuilder2_1.create)({ encoding: 'UTF-8' });
    addEle(doc, rootElement);
    return doc.end({
        format: 'xml',
        newline: '\n',
        prettyPrint: indent.length > 0,
        indent
    });
});
function addEle(parent, element, parentNS = null) {
    if (element.type !== 'element') {
        return;
    }
    const ns = getNS(element) ?? parentNS;
    const ele = parent.ele(ns, element.name, element.attributes);
    if (element.children === undefined) {
    }
    else if (typeof element.children === 'string' || typeof element.children === 'number') {
        ele.txt(element.children.toString());
    }
    else {
        for (const child of element.children) {
            addEle(ele, child, ns);
        }
    }
}
function getNS(element) {
    const ns = (element.namespace ?? element.attributes?.xmlns)?.toString() ?? '';
    return ns.length > 0
        ? ns
        : null;
}
function makeIndent(space) {
    if (typeof space === 'number') {
        return ' '.repeat(Math.max(0, space));
    }
    if (typeof space === 'string') {
        return space;
    }
    return '';
}
//# sourceMappingURL=xmlbuilder2.js.map

/***/ }),

/***/ 35:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = default_1;
const errors_1 = __nccwpck_require__(1188);
function makeWIllThrow(message) {
    const f = function () {
        throw new errors_1.OptPlugError(message);
    };
    f.fails = true;
    return Object.freeze(f);
}
function default_1(name, pf) {
    for (const [, getF] of pf) {
        try {
            return getF();
        }
        catch {
        }
    }
    return makeWIllThrow(`No ${name} available.\n` +
        'Please install one of the optional dependencies: ' +
        pf.map(kv => kv[0]).join(' || '));
}
//# sourceMappingURL=_wrapper.js.map

/***/ }),

/***/ 1188:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OptPlugError = void 0;
class OptPlugError extends Error {
    cause;
    constructor(message, cause) {
        super(message);
        this.cause = cause;
    }
}
exports.OptPlugError = OptPlugError;
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 7777:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const _wrapper_1 = __importDefault(__nccwpck_require__(35));
exports["default"] = (0, _wrapper_1.default)('XmlStringifier', [
    ['xmlbuilder2', () => (__nccwpck_require__(2878)/* ["default"] */ .A)]
]);
//# sourceMappingURL=xmlStringify.js.map

/***/ }),

/***/ 2989:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AttachmentEncoding = void 0;
var AttachmentEncoding;
(function (AttachmentEncoding) {
    AttachmentEncoding["Base64"] = "base64";
})(AttachmentEncoding || (exports.AttachmentEncoding = AttachmentEncoding = {}));
//# sourceMappingURL=attachmentEncoding.js.map

/***/ }),

/***/ 8496:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ComponentScope = void 0;
var ComponentScope;
(function (ComponentScope) {
    ComponentScope["Required"] = "required";
    ComponentScope["Optional"] = "optional";
    ComponentScope["Excluded"] = "excluded";
})(ComponentScope || (exports.ComponentScope = ComponentScope = {}));
//# sourceMappingURL=componentScope.js.map

/***/ }),

/***/ 4630:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ComponentType = void 0;
var ComponentType;
(function (ComponentType) {
    ComponentType["Application"] = "application";
    ComponentType["Framework"] = "framework";
    ComponentType["Library"] = "library";
    ComponentType["Container"] = "container";
    ComponentType["Platform"] = "platform";
    ComponentType["OperatingSystem"] = "operating-system";
    ComponentType["Device"] = "device";
    ComponentType["DeviceDriver"] = "device-driver";
    ComponentType["Firmware"] = "firmware";
    ComponentType["File"] = "file";
    ComponentType["MachineLearningModel"] = "machine-learning-model";
    ComponentType["Data"] = "data";
    ComponentType["CryptographicAsset"] = "cryptographic-asset";
})(ComponentType || (exports.ComponentType = ComponentType = {}));
//# sourceMappingURL=componentType.js.map

/***/ }),

/***/ 7685:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ExternalReferenceType = void 0;
var ExternalReferenceType;
(function (ExternalReferenceType) {
    ExternalReferenceType["VCS"] = "vcs";
    ExternalReferenceType["IssueTracker"] = "issue-tracker";
    ExternalReferenceType["Website"] = "website";
    ExternalReferenceType["Advisories"] = "advisories";
    ExternalReferenceType["BOM"] = "bom";
    ExternalReferenceType["MailingList"] = "mailing-list";
    ExternalReferenceType["Social"] = "social";
    ExternalReferenceType["Chat"] = "chat";
    ExternalReferenceType["Documentation"] = "documentation";
    ExternalReferenceType["Support"] = "support";
    ExternalReferenceType["SourceDistribution"] = "source-distribution";
    ExternalReferenceType["Distribution"] = "distribution";
    ExternalReferenceType["DistributionIntake"] = "distribution-intake";
    ExternalReferenceType["License"] = "license";
    ExternalReferenceType["BuildMeta"] = "build-meta";
    ExternalReferenceType["BuildSystem"] = "build-system";
    ExternalReferenceType["ReleaseNotes"] = "release-notes";
    ExternalReferenceType["SecurityContact"] = "security-contact";
    ExternalReferenceType["ModelCard"] = "model-card";
    ExternalReferenceType["Log"] = "log";
    ExternalReferenceType["Configuration"] = "configuration";
    ExternalReferenceType["Evidence"] = "evidence";
    ExternalReferenceType["Formulation"] = "formulation";
    ExternalReferenceType["Attestation"] = "attestation";
    ExternalReferenceType["ThreatModel"] = "threat-model";
    ExternalReferenceType["AdversaryModel"] = "adversary-model";
    ExternalReferenceType["RiskAssessment"] = "risk-assessment";
    ExternalReferenceType["VulnerabilityAssertion"] = "vulnerability-assertion";
    ExternalReferenceType["ExploitabilityStatement"] = "exploitability-statement";
    ExternalReferenceType["PentestReport"] = "pentest-report";
    ExternalReferenceType["StaticAnalysisReport"] = "static-analysis-report";
    ExternalReferenceType["DynamicAnalysisReport"] = "dynamic-analysis-report";
    ExternalReferenceType["RuntimeAnalysisReport"] = "runtime-analysis-report";
    ExternalReferenceType["ComponentAnalysisReport"] = "component-analysis-report";
    ExternalReferenceType["MaturityReport"] = "maturity-report";
    ExternalReferenceType["CertificationReport"] = "certification-report";
    ExternalReferenceType["CodifiedInfrastructure"] = "codified-infrastructure";
    ExternalReferenceType["QualityMetrics"] = "quality-metrics";
    ExternalReferenceType["POAM"] = "poam";
    ExternalReferenceType["ElectronicSignature"] = "electronic-signature";
    ExternalReferenceType["DigitalSignature"] = "digital-signature";
    ExternalReferenceType["RFC9116"] = "rfc-9116";
    ExternalReferenceType["Citation"] = "citation";
    ExternalReferenceType["Patent"] = "patent";
    ExternalReferenceType["PatentAssertion"] = "patent-assertion";
    ExternalReferenceType["PatentFamily"] = "patent-family";
    ExternalReferenceType["Other"] = "other";
})(ExternalReferenceType || (exports.ExternalReferenceType = ExternalReferenceType = {}));
//# sourceMappingURL=externalReferenceType.js.map

/***/ }),

/***/ 1805:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HashAlgorithm = void 0;
var HashAlgorithm;
(function (HashAlgorithm) {
    HashAlgorithm["MD5"] = "MD5";
    HashAlgorithm["SHA-1"] = "SHA-1";
    HashAlgorithm["SHA-256"] = "SHA-256";
    HashAlgorithm["SHA-384"] = "SHA-384";
    HashAlgorithm["SHA-512"] = "SHA-512";
    HashAlgorithm["SHA3-256"] = "SHA3-256";
    HashAlgorithm["SHA3-384"] = "SHA3-384";
    HashAlgorithm["SHA3-512"] = "SHA3-512";
    HashAlgorithm["BLAKE2b-256"] = "BLAKE2b-256";
    HashAlgorithm["BLAKE2b-384"] = "BLAKE2b-384";
    HashAlgorithm["BLAKE2b-512"] = "BLAKE2b-512";
    HashAlgorithm["BLAKE3"] = "BLAKE3";
    HashAlgorithm["Streebog-256"] = "Streebog-256";
    HashAlgorithm["Streebog-512"] = "Streebog-512";
})(HashAlgorithm || (exports.HashAlgorithm = HashAlgorithm = {}));
//# sourceMappingURL=hashAlogorithm.js.map

/***/ }),

/***/ 1077:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Vulnerability = void 0;
__exportStar(__nccwpck_require__(2989), exports);
__exportStar(__nccwpck_require__(8496), exports);
__exportStar(__nccwpck_require__(4630), exports);
__exportStar(__nccwpck_require__(7685), exports);
__exportStar(__nccwpck_require__(1805), exports);
__exportStar(__nccwpck_require__(9216), exports);
__exportStar(__nccwpck_require__(4082), exports);
exports.Vulnerability = __importStar(__nccwpck_require__(9500));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 9216:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LicenseAcknowledgement = void 0;
var LicenseAcknowledgement;
(function (LicenseAcknowledgement) {
    LicenseAcknowledgement["Declared"] = "declared";
    LicenseAcknowledgement["Concluded"] = "concluded";
})(LicenseAcknowledgement || (exports.LicenseAcknowledgement = LicenseAcknowledgement = {}));
//# sourceMappingURL=licenseAcknowledgement.js.map

/***/ }),

/***/ 4082:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LifecyclePhase = void 0;
var LifecyclePhase;
(function (LifecyclePhase) {
    LifecyclePhase["Design"] = "design";
    LifecyclePhase["PreBuild"] = "pre-build";
    LifecyclePhase["Build"] = "build";
    LifecyclePhase["PostBuild"] = "post-build";
    LifecyclePhase["Operations"] = "operations";
    LifecyclePhase["Discovery"] = "discovery";
    LifecyclePhase["Decommission"] = "decommission";
})(LifecyclePhase || (exports.LifecyclePhase = LifecyclePhase = {}));
//# sourceMappingURL=lifecyclePhase.js.map

/***/ }),

/***/ 2585:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AffectStatus = void 0;
var AffectStatus;
(function (AffectStatus) {
    AffectStatus["Affected"] = "affected";
    AffectStatus["Unaffected"] = "unaffected";
    AffectStatus["Unknown"] = "unknown";
})(AffectStatus || (exports.AffectStatus = AffectStatus = {}));
//# sourceMappingURL=affectStatus.js.map

/***/ }),

/***/ 9828:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AnalysisJustification = void 0;
var AnalysisJustification;
(function (AnalysisJustification) {
    AnalysisJustification["CodeNotPresent"] = "code_not_present";
    AnalysisJustification["CodeNotReachable"] = "code_not_reachable";
    AnalysisJustification["RequiresConfiguration"] = "requires_configuration";
    AnalysisJustification["RequiresDependency"] = "requires_dependency";
    AnalysisJustification["RequiresEnvironment"] = "requires_environment";
    AnalysisJustification["ProtectedByCompiler"] = "protected_by_compiler";
    AnalysisJustification["ProtectedAtRuntime"] = "protected_at_runtime";
    AnalysisJustification["ProtectedAtPerimeter"] = "protected_at_perimeter";
    AnalysisJustification["ProtectedByMitigatingControl"] = "protected_by_mitigating_control";
})(AnalysisJustification || (exports.AnalysisJustification = AnalysisJustification = {}));
//# sourceMappingURL=analysisJustification.js.map

/***/ }),

/***/ 491:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AnalysisResponseRepository = exports.AnalysisResponse = void 0;
const sortable_1 = __nccwpck_require__(7987);
var AnalysisResponse;
(function (AnalysisResponse) {
    AnalysisResponse["CanNotFix"] = "can_not_fix";
    AnalysisResponse["WillNotFix"] = "will_not_fix";
    AnalysisResponse["Update"] = "update";
    AnalysisResponse["Rollback"] = "rollback";
    AnalysisResponse["WorkaroundAvailable"] = "workaround_available";
})(AnalysisResponse || (exports.AnalysisResponse = AnalysisResponse = {}));
class AnalysisResponseRepository extends sortable_1.SortableStringables {
}
exports.AnalysisResponseRepository = AnalysisResponseRepository;
//# sourceMappingURL=analysisResponse.js.map

/***/ }),

/***/ 6071:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AnalysisState = void 0;
var AnalysisState;
(function (AnalysisState) {
    AnalysisState["Resolved"] = "resolved";
    AnalysisState["ResolvedWithPedigree"] = "resolved_with_pedigree";
    AnalysisState["Exploitable"] = "exploitable";
    AnalysisState["InTriage"] = "in_triage";
    AnalysisState["FalsePositive"] = "false_positive";
    AnalysisState["NotAffected"] = "not_affected";
})(AnalysisState || (exports.AnalysisState = AnalysisState = {}));
//# sourceMappingURL=analysisState.js.map

/***/ }),

/***/ 9500:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__nccwpck_require__(2585), exports);
__exportStar(__nccwpck_require__(9828), exports);
__exportStar(__nccwpck_require__(491), exports);
__exportStar(__nccwpck_require__(6071), exports);
__exportStar(__nccwpck_require__(5718), exports);
__exportStar(__nccwpck_require__(4497), exports);
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5718:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RatingMethod = void 0;
var RatingMethod;
(function (RatingMethod) {
    RatingMethod["CVSSv2"] = "CVSSv2";
    RatingMethod["CVSSv3"] = "CVSSv3";
    RatingMethod["CVSSv31"] = "CVSSv31";
    RatingMethod["CVSSv4"] = "CVSSv4";
    RatingMethod["OWASP"] = "OWASP";
    RatingMethod["SSVC"] = "SSVC";
    RatingMethod["Other"] = "other";
})(RatingMethod || (exports.RatingMethod = RatingMethod = {}));
//# sourceMappingURL=ratingMethod.js.map

/***/ }),

/***/ 4497:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Severity = void 0;
var Severity;
(function (Severity) {
    Severity["Critical"] = "critical";
    Severity["High"] = "high";
    Severity["Medium"] = "medium";
    Severity["Low"] = "low";
    Severity["Info"] = "info";
    Severity["None"] = "none";
    Severity["Unknown"] = "unknown";
})(Severity || (exports.Severity = Severity = {}));
//# sourceMappingURL=severity.js.map

/***/ }),

/***/ 2310:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Attachment = void 0;
class Attachment {
    contentType;
    content;
    encoding;
    constructor(content, op = {}) {
        this.contentType = op.contentType;
        this.content = content;
        this.encoding = op.encoding;
    }
}
exports.Attachment = Attachment;
//# sourceMappingURL=attachment.js.map

/***/ }),

/***/ 6069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Bom = void 0;
const integer_1 = __nccwpck_require__(3840);
const component_1 = __nccwpck_require__(5620);
const metadata_1 = __nccwpck_require__(4470);
const service_1 = __nccwpck_require__(9072);
const vulnerability_1 = __nccwpck_require__(8236);
class Bom {
    metadata;
    components;
    services;
    vulnerabilities;
    #version = 1;
    #serialNumber;
    constructor(op = {}) {
        this.metadata = op.metadata ?? new metadata_1.Metadata();
        this.components = op.components ?? new component_1.ComponentRepository();
        this.services = op.services ?? new service_1.ServiceRepository();
        this.version = op.version ?? this.version;
        this.vulnerabilities = op.vulnerabilities ?? new vulnerability_1.VulnerabilityRepository();
        this.serialNumber = op.serialNumber;
    }
    get version() {
        return this.#version;
    }
    set version(value) {
        if (!(0, integer_1.isPositiveInteger)(value)) {
            throw new TypeError('Not PositiveInteger');
        }
        this.#version = value;
    }
    get serialNumber() {
        return this.#serialNumber;
    }
    set serialNumber(value) {
        this.#serialNumber = value === ''
            ? undefined
            : value;
    }
}
exports.Bom = Bom;
//# sourceMappingURL=bom.js.map

/***/ }),

/***/ 6861:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BomLinkElement = exports.BomLinkDocument = void 0;
class BomLinkBase {
    #value;
    constructor(value) {
        this.value = value;
    }
    get value() {
        return this.#value;
    }
    set value(value) {
        if (!this._isValid(value)) {
            throw new RangeError('invalid value');
        }
        this.#value = value;
    }
    compare(other) {
        return this.toString().localeCompare(other.toString());
    }
    toString() {
        return this.value;
    }
}
class BomLinkDocument extends BomLinkBase {
    static #pattern = /^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[1-9][0-9]*$/;
    static isValid(value) {
        return typeof value === 'string' &&
            this.#pattern.test(value);
    }
    _isValid(value) {
        return BomLinkDocument.isValid(value);
    }
}
exports.BomLinkDocument = BomLinkDocument;
class BomLinkElement extends BomLinkBase {
    static #pattern = /^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[1-9][0-9]*#.+$/;
    static isValid(value) {
        return typeof value === 'string' &&
            this.#pattern.test(value);
    }
    _isValid(value) {
        return BomLinkElement.isValid(value);
    }
}
exports.BomLinkElement = BomLinkElement;
//# sourceMappingURL=bomLink.js.map

/***/ }),

/***/ 2312:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BomRefRepository = exports.BomRef = void 0;
class BomRef {
    value;
    constructor(value) {
        this.value = value;
    }
    compare(other) {
        return this.toString().localeCompare(other.toString());
    }
    toString() {
        return this.value ?? '';
    }
}
exports.BomRef = BomRef;
class BomRefRepository extends Set {
}
exports.BomRefRepository = BomRefRepository;
//# sourceMappingURL=bomRef.js.map

/***/ }),

/***/ 5620:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ComponentEvidence = exports.ComponentRepository = exports.Component = void 0;
const sortable_1 = __nccwpck_require__(7987);
const tree_1 = __nccwpck_require__(1911);
const cpe_1 = __nccwpck_require__(6452);
const bomRef_1 = __nccwpck_require__(2312);
const copyright_1 = __nccwpck_require__(7894);
const externalReference_1 = __nccwpck_require__(9331);
const hash_1 = __nccwpck_require__(8452);
const license_1 = __nccwpck_require__(1496);
const property_1 = __nccwpck_require__(6290);
class Component {
    type;
    name;
    author;
    copyright;
    description;
    externalReferences;
    group;
    hashes;
    licenses;
    publisher;
    purl;
    scope;
    supplier;
    swid;
    version;
    components;
    properties;
    evidence;
    #bomRef;
    #cpe;
    dependencies;
    constructor(type, name, op = {}) {
        this.#bomRef = new bomRef_1.BomRef(op.bomRef);
        this.type = type;
        this.name = name;
        this.supplier = op.supplier;
        this.author = op.author;
        this.copyright = op.copyright;
        this.externalReferences = op.externalReferences ?? new externalReference_1.ExternalReferenceRepository();
        this.group = op.group;
        this.hashes = op.hashes ?? new hash_1.HashDictionary();
        this.licenses = op.licenses ?? new license_1.LicenseRepository();
        this.publisher = op.publisher;
        this.purl = op.purl;
        this.scope = op.scope;
        this.swid = op.swid;
        this.version = op.version;
        this.description = op.description;
        this.components = op.components ?? new ComponentRepository();
        this.cpe = op.cpe;
        this.properties = op.properties ?? new property_1.PropertyRepository();
        this.evidence = op.evidence;
        this.dependencies = op.dependencies ?? new bomRef_1.BomRefRepository();
    }
    get bomRef() {
        return this.#bomRef;
    }
    get cpe() {
        return this.#cpe;
    }
    set cpe(value) {
        if (value !== undefined && !(0, cpe_1.isCPE)(value)) {
            throw new TypeError('Not CPE nor undefined');
        }
        this.#cpe = value;
    }
    compare(other) {
        const bomRefCompare = this.bomRef.compare(other.bomRef);
        if (bomRefCompare !== 0) {
            return bomRefCompare;
        }
        if (this.purl !== undefined && other.purl !== undefined) {
            return this.purl.localeCompare(other.purl);
        }
        if (this.#cpe !== undefined && other.#cpe !== undefined) {
            return this.#cpe.localeCompare(other.#cpe);
        }
        return (this.group ?? '').localeCompare(other.group ?? '') ||
            this.name.localeCompare(other.name) ||
            (this.version ?? '').localeCompare(other.version ?? '');
    }
}
exports.Component = Component;
class ComponentRepository extends sortable_1.SortableComparables {
    *[tree_1.treeIteratorSymbol]() {
        for (const component of this) {
            yield component;
            yield* component.components[tree_1.treeIteratorSymbol]();
        }
    }
}
exports.ComponentRepository = ComponentRepository;
class ComponentEvidence {
    licenses;
    copyright;
    constructor(op = {}) {
        this.licenses = op.licenses ?? new license_1.LicenseRepository();
        this.copyright = op.copyright ?? new copyright_1.CopyrightRepository();
    }
}
exports.ComponentEvidence = ComponentEvidence;
//# sourceMappingURL=component.js.map

/***/ }),

/***/ 7894:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CopyrightRepository = void 0;
const sortable_1 = __nccwpck_require__(7987);
class CopyrightRepository extends sortable_1.SortableStringables {
}
exports.CopyrightRepository = CopyrightRepository;
//# sourceMappingURL=copyright.js.map

/***/ }),

/***/ 9331:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ExternalReferenceRepository = exports.ExternalReference = void 0;
const sortable_1 = __nccwpck_require__(7987);
const hash_1 = __nccwpck_require__(8452);
class ExternalReference {
    url;
    type;
    hashes;
    comment;
    constructor(url, type, op = {}) {
        this.url = url;
        this.type = type;
        this.hashes = op.hashes ?? new hash_1.HashDictionary();
        this.comment = op.comment;
    }
    compare(other) {
        return this.type.localeCompare(other.type) ||
            this.url.toString().localeCompare(other.url.toString());
    }
}
exports.ExternalReference = ExternalReference;
class ExternalReferenceRepository extends sortable_1.SortableComparables {
}
exports.ExternalReferenceRepository = ExternalReferenceRepository;
//# sourceMappingURL=externalReference.js.map

/***/ }),

/***/ 8452:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HashDictionary = void 0;
class HashDictionary extends Map {
    static #compareItems([a1, c1], [a2, c2]) {
        return a1.localeCompare(a2) ||
            c1.localeCompare(c2);
    }
    sorted() {
        return Array.from(this.entries()).sort(HashDictionary.#compareItems);
    }
}
exports.HashDictionary = HashDictionary;
//# sourceMappingURL=hash.js.map

/***/ }),

/***/ 2619:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Vulnerability = void 0;
__exportStar(__nccwpck_require__(2310), exports);
__exportStar(__nccwpck_require__(6069), exports);
__exportStar(__nccwpck_require__(6861), exports);
__exportStar(__nccwpck_require__(2312), exports);
__exportStar(__nccwpck_require__(5620), exports);
__exportStar(__nccwpck_require__(7894), exports);
__exportStar(__nccwpck_require__(9331), exports);
__exportStar(__nccwpck_require__(8452), exports);
__exportStar(__nccwpck_require__(1496), exports);
__exportStar(__nccwpck_require__(539), exports);
__exportStar(__nccwpck_require__(4470), exports);
__exportStar(__nccwpck_require__(9141), exports);
__exportStar(__nccwpck_require__(9754), exports);
__exportStar(__nccwpck_require__(6290), exports);
__exportStar(__nccwpck_require__(9072), exports);
__exportStar(__nccwpck_require__(4956), exports);
__exportStar(__nccwpck_require__(1733), exports);
exports.Vulnerability = __importStar(__nccwpck_require__(8230));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 1496:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LicenseRepository = exports.SpdxLicense = exports.NamedLicense = exports.LicenseExpression = void 0;
const property_1 = __nccwpck_require__(6290);
class LicenseExpression {
    #expression;
    acknowledgement;
    constructor(expression) {
        this.expression = expression;
    }
    get expression() {
        return this.#expression;
    }
    set expression(value) {
        if (value === '') {
            throw new RangeError('value is empty string');
        }
        this.#expression = value;
    }
    compare(other) {
        return this.#expression.localeCompare(other.#expression);
    }
}
exports.LicenseExpression = LicenseExpression;
class DisjunctiveLicenseBase {
    acknowledgement;
    text;
    #url;
    properties;
    constructor(op = {}) {
        this.acknowledgement = op.acknowledgement;
        this.text = op.text;
        this.url = op.url;
        this.properties = op.properties ?? new property_1.PropertyRepository();
    }
    get url() {
        return this.#url;
    }
    set url(value) {
        this.#url = value === ''
            ? undefined
            : value;
    }
}
class NamedLicense extends DisjunctiveLicenseBase {
    name;
    constructor(name, op = {}) {
        super(op);
        this.name = name;
    }
    compare(other) {
        return this.name.localeCompare(other.name);
    }
}
exports.NamedLicense = NamedLicense;
class SpdxLicense extends DisjunctiveLicenseBase {
    #id;
    constructor(id, op = {}) {
        super(op);
        this.id = id;
    }
    get id() {
        return this.#id;
    }
    set id(value) {
        if (value === '') {
            throw new RangeError('value is empty string');
        }
        this.#id = value;
    }
    compare(other) {
        return this.#id.localeCompare(other.#id);
    }
}
exports.SpdxLicense = SpdxLicense;
class LicenseRepository extends Set {
    static #compareItems(a, b) {
        if (a.constructor === b.constructor) {
            return a.compare(b);
        }
        return a.constructor.name.localeCompare(b.constructor.name);
    }
    sorted() {
        return Array.from(this).sort(LicenseRepository.#compareItems);
    }
}
exports.LicenseRepository = LicenseRepository;
//# sourceMappingURL=license.js.map

/***/ }),

/***/ 539:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LifecycleRepository = exports.NamedLifecycle = void 0;
class NamedLifecycle {
    name;
    description;
    constructor(name, op = {}) {
        this.name = name;
        this.description = op.description;
    }
    compare(other) {
        return this.name.localeCompare(other.name);
    }
}
exports.NamedLifecycle = NamedLifecycle;
class LifecycleRepository extends Set {
    static #compareItems(a, b) {
        if (a.constructor === b.constructor) {
            return a instanceof NamedLifecycle
                ? a.compare(b)
                : a.localeCompare(b);
        }
        return a.constructor.name.localeCompare(b.constructor.name);
    }
    sorted() {
        return Array.from(this).sort(LifecycleRepository.#compareItems);
    }
}
exports.LifecycleRepository = LifecycleRepository;
//# sourceMappingURL=lifecycle.js.map

/***/ }),

/***/ 4470:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Metadata = void 0;
const license_1 = __nccwpck_require__(1496);
const lifecycle_1 = __nccwpck_require__(539);
const organizationalContact_1 = __nccwpck_require__(9141);
const property_1 = __nccwpck_require__(6290);
const tool_1 = __nccwpck_require__(1733);
class Metadata {
    timestamp;
    lifecycles;
    tools;
    authors;
    component;
    manufacture;
    supplier;
    licenses;
    properties;
    constructor(op = {}) {
        this.timestamp = op.timestamp;
        this.lifecycles = op.lifecycles ?? new lifecycle_1.LifecycleRepository();
        this.tools = op.tools ?? new tool_1.Tools();
        this.authors = op.authors ?? new organizationalContact_1.OrganizationalContactRepository();
        this.component = op.component;
        this.manufacture = op.manufacture;
        this.supplier = op.supplier;
        this.licenses = op.licenses ?? new license_1.LicenseRepository();
        this.properties = op.properties ?? new property_1.PropertyRepository();
    }
}
exports.Metadata = Metadata;
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 9141:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OrganizationalContactRepository = exports.OrganizationalContact = void 0;
const sortable_1 = __nccwpck_require__(7987);
class OrganizationalContact {
    name;
    email;
    phone;
    constructor(op = {}) {
        this.name = op.name;
        this.email = op.email;
        this.phone = op.phone;
    }
    compare(other) {
        return (this.name ?? '').localeCompare(other.name ?? '') ||
            (this.email ?? '').localeCompare(other.email ?? '') ||
            (this.phone ?? '').localeCompare(other.phone ?? '');
    }
}
exports.OrganizationalContact = OrganizationalContact;
class OrganizationalContactRepository extends sortable_1.SortableComparables {
}
exports.OrganizationalContactRepository = OrganizationalContactRepository;
//# sourceMappingURL=organizationalContact.js.map

/***/ }),

/***/ 9754:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OrganizationalEntityRepository = exports.OrganizationalEntity = void 0;
const sortable_1 = __nccwpck_require__(7987);
const organizationalContact_1 = __nccwpck_require__(9141);
class OrganizationalEntity {
    name;
    url;
    contact;
    constructor(op = {}) {
        this.name = op.name;
        this.url = op.url ?? new Set();
        this.contact = op.contact ?? new organizationalContact_1.OrganizationalContactRepository();
    }
    compare(other) {
        return (this.name ?? '').localeCompare(other.name ?? '') ||
            this.contact.compare(other.contact) ||
            (new sortable_1.SortableStringables(this.url)).compare(new sortable_1.SortableStringables(other.url));
    }
}
exports.OrganizationalEntity = OrganizationalEntity;
class OrganizationalEntityRepository extends sortable_1.SortableComparables {
}
exports.OrganizationalEntityRepository = OrganizationalEntityRepository;
//# sourceMappingURL=organizationalEntity.js.map

/***/ }),

/***/ 6290:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PropertyRepository = exports.Property = void 0;
const sortable_1 = __nccwpck_require__(7987);
class Property {
    name;
    value;
    constructor(name, value) {
        this.name = name;
        this.value = value;
    }
    compare(other) {
        return this.name.localeCompare(other.name) ||
            this.value.localeCompare(other.value);
    }
}
exports.Property = Property;
class PropertyRepository extends sortable_1.SortableComparables {
}
exports.PropertyRepository = PropertyRepository;
//# sourceMappingURL=property.js.map

/***/ }),

/***/ 9072:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ServiceRepository = exports.Service = void 0;
const sortable_1 = __nccwpck_require__(7987);
const tree_1 = __nccwpck_require__(1911);
const bomRef_1 = __nccwpck_require__(2312);
const externalReference_1 = __nccwpck_require__(9331);
const license_1 = __nccwpck_require__(1496);
const property_1 = __nccwpck_require__(6290);
class Service {
    provider;
    group;
    name;
    version;
    description;
    licenses;
    externalReferences;
    services;
    properties;
    #bomRef;
    dependencies;
    constructor(name, op = {}) {
        this.#bomRef = new bomRef_1.BomRef(op.bomRef);
        this.provider = op.provider;
        this.group = op.group;
        this.name = name;
        this.version = op.version;
        this.description = op.description;
        this.licenses = op.licenses ?? new license_1.LicenseRepository();
        this.externalReferences = op.externalReferences ?? new externalReference_1.ExternalReferenceRepository();
        this.services = op.services ?? new ServiceRepository();
        this.properties = op.properties ?? new property_1.PropertyRepository();
        this.dependencies = op.dependencies ?? new bomRef_1.BomRefRepository();
    }
    get bomRef() {
        return this.#bomRef;
    }
    compare(other) {
        const bomRefCompare = this.bomRef.compare(other.bomRef);
        if (bomRefCompare !== 0) {
            return bomRefCompare;
        }
        return (this.group ?? '').localeCompare(other.group ?? '') ||
            this.name.localeCompare(other.name) ||
            (this.version ?? '').localeCompare(other.version ?? '');
    }
}
exports.Service = Service;
class ServiceRepository extends sortable_1.SortableComparables {
    *[tree_1.treeIteratorSymbol]() {
        for (const service of this) {
            yield service;
            yield* service.services[tree_1.treeIteratorSymbol]();
        }
    }
}
exports.ServiceRepository = ServiceRepository;
//# sourceMappingURL=service.js.map

/***/ }),

/***/ 4956:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SWID = void 0;
const integer_1 = __nccwpck_require__(3840);
class SWID {
    tagId;
    name;
    version;
    patch;
    text;
    url;
    #tagVersion;
    constructor(tagId, name, op = {}) {
        this.tagId = tagId;
        this.name = name;
        this.version = op.version;
        this.patch = op.patch;
        this.text = op.text;
        this.url = op.url;
        this.tagVersion = op.tagVersion;
    }
    get tagVersion() {
        return this.#tagVersion;
    }
    set tagVersion(value) {
        if (value !== undefined && !(0, integer_1.isNonNegativeInteger)(value)) {
            throw new TypeError('Not NonNegativeInteger nor undefined');
        }
        this.#tagVersion = value;
    }
}
exports.SWID = SWID;
//# sourceMappingURL=swid.js.map

/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Tools = exports.ToolRepository = exports.Tool = void 0;
const sortable_1 = __nccwpck_require__(7987);
const component_1 = __nccwpck_require__(5620);
const externalReference_1 = __nccwpck_require__(9331);
const hash_1 = __nccwpck_require__(8452);
const service_1 = __nccwpck_require__(9072);
class Tool {
    vendor;
    name;
    version;
    hashes;
    externalReferences;
    constructor(op = {}) {
        this.vendor = op.vendor;
        this.name = op.name;
        this.version = op.version;
        this.hashes = op.hashes ?? new hash_1.HashDictionary();
        this.externalReferences = op.externalReferences ?? new externalReference_1.ExternalReferenceRepository();
    }
    compare(other) {
        return (this.vendor ?? '').localeCompare(other.vendor ?? '') ||
            (this.name ?? '').localeCompare(other.name ?? '') ||
            (this.version ?? '').localeCompare(other.version ?? '');
    }
    static fromComponent(component) {
        return new Tool({
            vendor: component.group,
            name: component.name,
            version: component.version,
            hashes: component.hashes,
            externalReferences: component.externalReferences
        });
    }
    static fromService(service) {
        return new Tool({
            vendor: service.group,
            name: service.name,
            version: service.version,
            externalReferences: service.externalReferences
        });
    }
}
exports.Tool = Tool;
class ToolRepository extends sortable_1.SortableComparables {
}
exports.ToolRepository = ToolRepository;
class Tools {
    components;
    services;
    tools;
    constructor(op = {}) {
        this.components = op.components ?? new component_1.ComponentRepository();
        this.services = op.services ?? new service_1.ServiceRepository();
        this.tools = op.tools ?? new ToolRepository();
    }
    get size() {
        return this.components.size
            + this.services.size
            + this.tools.size;
    }
}
exports.Tools = Tools;
//# sourceMappingURL=tool.js.map

/***/ }),

/***/ 6399:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AdvisoryRepository = exports.Advisory = void 0;
const sortable_1 = __nccwpck_require__(7987);
class Advisory {
    title;
    url;
    constructor(url, op = {}) {
        this.url = url;
        this.title = op.title;
    }
    compare(other) {
        return this.url.toString().localeCompare(other.url.toString()) ||
            (this.title ?? '').localeCompare(other.title ?? '');
    }
}
exports.Advisory = Advisory;
class AdvisoryRepository extends sortable_1.SortableComparables {
}
exports.AdvisoryRepository = AdvisoryRepository;
//# sourceMappingURL=advisory.js.map

/***/ }),

/***/ 4377:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AffectedVersionRepository = exports.AffectedVersionRange = exports.AffectedSingleVersion = exports.AffectRepository = exports.Affect = void 0;
const sortable_1 = __nccwpck_require__(7987);
class Affect {
    ref;
    versions;
    constructor(ref, op = {}) {
        this.ref = ref;
        this.versions = op.versions ?? new AffectedVersionRepository();
    }
    compare(other) {
        return this.ref.compare(other.ref) ||
            this.versions.compare(other.versions);
    }
}
exports.Affect = Affect;
class AffectRepository extends sortable_1.SortableComparables {
}
exports.AffectRepository = AffectRepository;
class AffectedSingleVersion {
    version;
    status;
    constructor(version, op = {}) {
        this.version = version;
        this.status = op.status;
    }
    compare(other) {
        return (this.version).localeCompare(other.version) ||
            (this.status ?? '').localeCompare(other.status ?? '');
    }
}
exports.AffectedSingleVersion = AffectedSingleVersion;
class AffectedVersionRange {
    range;
    status;
    constructor(range, op = {}) {
        this.range = range;
        this.status = op.status;
    }
    compare(other) {
        return (this.range).localeCompare(other.range) ||
            (this.status ?? '').localeCompare(other.status ?? '');
    }
}
exports.AffectedVersionRange = AffectedVersionRange;
class AffectedVersionRepository extends sortable_1.SortableComparables {
}
exports.AffectedVersionRepository = AffectedVersionRepository;
//# sourceMappingURL=affect.js.map

/***/ }),

/***/ 1322:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Analysis = void 0;
const analysisResponse_1 = __nccwpck_require__(491);
class Analysis {
    state;
    justification;
    response;
    detail;
    constructor(op = {}) {
        this.state = op.state;
        this.justification = op.justification;
        this.response = op.response ?? new analysisResponse_1.AnalysisResponseRepository();
        this.detail = op.detail;
    }
}
exports.Analysis = Analysis;
//# sourceMappingURL=analysis.js.map

/***/ }),

/***/ 4852:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Credits = void 0;
const organizationalContact_1 = __nccwpck_require__(9141);
const organizationalEntity_1 = __nccwpck_require__(9754);
class Credits {
    organizations;
    individuals;
    constructor(op = {}) {
        this.organizations = op.organizations ?? new organizationalEntity_1.OrganizationalEntityRepository();
        this.individuals = op.individuals ?? new organizationalContact_1.OrganizationalContactRepository();
    }
}
exports.Credits = Credits;
//# sourceMappingURL=credits.js.map

/***/ }),

/***/ 8230:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__nccwpck_require__(6399), exports);
__exportStar(__nccwpck_require__(4377), exports);
__exportStar(__nccwpck_require__(1322), exports);
__exportStar(__nccwpck_require__(4852), exports);
__exportStar(__nccwpck_require__(7793), exports);
__exportStar(__nccwpck_require__(3931), exports);
__exportStar(__nccwpck_require__(4773), exports);
__exportStar(__nccwpck_require__(8236), exports);
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7793:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RatingRepository = exports.Rating = void 0;
const sortable_1 = __nccwpck_require__(7987);
class Rating {
    source;
    score;
    severity;
    method;
    vector;
    justification;
    constructor(op = {}) {
        this.source = op.source;
        this.score = op.score;
        this.severity = op.severity;
        this.method = op.method;
        this.vector = op.vector;
        this.justification = op.justification;
    }
    compare(other) {
        return ((this.score ?? 0) - (other.score ?? 0)) ||
            (this.vector ?? '').localeCompare(other.vector ?? '') ||
            (this.justification ?? '').localeCompare(other.justification ?? '') ||
            (this.severity ?? '').localeCompare(other.severity ?? '') ||
            (this.method ?? '').localeCompare(other.method ?? '') ||
            (this.source && other.source ? this.source.compare(other.source) : 0);
    }
}
exports.Rating = Rating;
class RatingRepository extends sortable_1.SortableComparables {
}
exports.RatingRepository = RatingRepository;
//# sourceMappingURL=rating.js.map

/***/ }),

/***/ 3931:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ReferenceRepository = exports.Reference = void 0;
const sortable_1 = __nccwpck_require__(7987);
class Reference {
    id;
    source;
    constructor(id, source) {
        this.id = id;
        this.source = source;
    }
    compare(other) {
        return this.id.localeCompare(other.id) ||
            this.source.compare(other.source);
    }
}
exports.Reference = Reference;
class ReferenceRepository extends sortable_1.SortableComparables {
}
exports.ReferenceRepository = ReferenceRepository;
//# sourceMappingURL=reference.js.map

/***/ }),

/***/ 4773:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Source = void 0;
class Source {
    name;
    url;
    constructor(op = {}) {
        this.name = op.name;
        this.url = op.url;
    }
    compare(other) {
        return (this.url?.toString() ?? '').localeCompare(other.url?.toString() ?? '') ||
            (this.name ?? '').localeCompare(other.name ?? '');
    }
}
exports.Source = Source;
//# sourceMappingURL=source.js.map

/***/ }),

/***/ 8236:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.VulnerabilityRepository = exports.Vulnerability = void 0;
const sortable_1 = __nccwpck_require__(7987);
const cwe_1 = __nccwpck_require__(2671);
const bomRef_1 = __nccwpck_require__(2312);
const property_1 = __nccwpck_require__(6290);
const tool_1 = __nccwpck_require__(1733);
const advisory_1 = __nccwpck_require__(6399);
const affect_1 = __nccwpck_require__(4377);
const rating_1 = __nccwpck_require__(7793);
const reference_1 = __nccwpck_require__(3931);
class Vulnerability {
    #bomRef;
    id;
    source;
    references;
    ratings;
    cwes;
    description;
    detail;
    recommendation;
    advisories;
    created;
    published;
    updated;
    credits;
    tools;
    analysis;
    affects;
    properties;
    constructor(op = {}) {
        this.#bomRef = new bomRef_1.BomRef(op.bomRef);
        this.id = op.id;
        this.source = op.source;
        this.references = op.references ?? new reference_1.ReferenceRepository();
        this.ratings = op.ratings ?? new rating_1.RatingRepository();
        this.cwes = op.cwes ?? new cwe_1.CweRepository();
        this.description = op.description;
        this.detail = op.detail;
        this.recommendation = op.recommendation;
        this.advisories = op.advisories ?? new advisory_1.AdvisoryRepository();
        this.created = op.created;
        this.published = op.published;
        this.updated = op.updated;
        this.credits = op.credits;
        this.tools = op.tools ?? new tool_1.Tools();
        this.analysis = op.analysis;
        this.affects = op.affects ?? new affect_1.AffectRepository();
        this.properties = op.properties ?? new property_1.PropertyRepository();
    }
    get bomRef() {
        return this.#bomRef;
    }
    compare(other) {
        const bomRefCompare = this.bomRef.compare(other.bomRef);
        if (bomRefCompare !== 0) {
            return bomRefCompare;
        }
        return (this.id ?? '').localeCompare(other.id ?? '') ||
            (this.created?.getTime() ?? 0) - (other.created?.getTime() ?? 0) ||
            (this.published?.getTime() ?? 0) - (other.published?.getTime() ?? 0) ||
            (this.updated?.getTime() ?? 0) - (other.updated?.getTime() ?? 0) ||
            this.ratings.compare(other.ratings) ||
            this.cwes.compare(other.cwes) ||
            (this.description ?? '').localeCompare(other.description ?? '') ||
            (this.detail ?? '').localeCompare(other.detail ?? '') ||
            (this.recommendation ?? '').localeCompare(other.recommendation ?? '') ||
            (this.source && other.source ? this.source.compare(other.source) : 0) ||
            this.properties.compare(other.properties);
    }
}
exports.Vulnerability = Vulnerability;
class VulnerabilityRepository extends sortable_1.SortableComparables {
}
exports.VulnerabilityRepository = VulnerabilityRepository;
//# sourceMappingURL=vulnerability.js.map

/***/ }),

/***/ 5388:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BaseSerializer = void 0;
const tree_1 = __nccwpck_require__(1911);
const bomRefDiscriminator_1 = __nccwpck_require__(4580);
class BaseSerializer {
    *#getAllBomRefs(bom) {
        if (bom.metadata.component !== undefined) {
            yield bom.metadata.component.bomRef;
            for (const { bomRef } of bom.metadata.component.components[tree_1.treeIteratorSymbol]()) {
                yield bomRef;
            }
        }
        for (const { bomRef } of bom.components[tree_1.treeIteratorSymbol]()) {
            yield bomRef;
        }
        for (const { bomRef } of bom.services[tree_1.treeIteratorSymbol]()) {
            yield bomRef;
        }
        for (const { bomRef } of bom.vulnerabilities) {
            yield bomRef;
        }
    }
    #normalize(bom, options) {
        const bomRefDiscriminator = new bomRefDiscriminator_1.BomRefDiscriminator(this.#getAllBomRefs(bom));
        bomRefDiscriminator.discriminate();
        try {
            return this._normalize(bom, options);
        }
        finally {
            bomRefDiscriminator.reset();
        }
    }
    serialize(bom, options) {
        return this._serialize(this.#normalize(bom, options), options);
    }
}
exports.BaseSerializer = BaseSerializer;
//# sourceMappingURL=baseSerializer.js.map

/***/ }),

/***/ 4580:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BomRefDiscriminator = void 0;
class BomRefDiscriminator {
    #originalValues;
    #prefix;
    constructor(bomRefs, prefix = 'BomRef') {
        this.#originalValues = Array.from(bomRefs, r => [r, r.value]);
        this.#prefix = prefix;
    }
    get prefix() {
        return this.#prefix;
    }
    *[Symbol.iterator]() {
        for (const [bomRef] of this.#originalValues) {
            yield bomRef;
        }
    }
    discriminate() {
        const knownRefValues = new Set(['']);
        for (const [bomRef] of this.#originalValues) {
            let value = bomRef.value;
            if (value === undefined || knownRefValues.has(value)) {
                value = this.#makeUniqueId();
                bomRef.value = value;
            }
            knownRefValues.add(value);
        }
    }
    reset() {
        for (const [bomRef, originalValue] of this.#originalValues) {
            bomRef.value = originalValue;
        }
    }
    #makeUniqueId() {
        return `${this.#prefix}${Math.random().toString(32).substring(1)}${Math.random().toString(32).substring(1)}`;
    }
}
exports.BomRefDiscriminator = BomRefDiscriminator;
//# sourceMappingURL=bomRefDiscriminator.js.map

/***/ }),

/***/ 514:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingOptionalDependencyError = void 0;
const errors_1 = __nccwpck_require__(1188);
class MissingOptionalDependencyError extends errors_1.OptPlugError {
}
exports.MissingOptionalDependencyError = MissingOptionalDependencyError;
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 2934:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.XML = exports.JSON = exports.Types = void 0;
__exportStar(__nccwpck_require__(4580), exports);
__exportStar(__nccwpck_require__(514), exports);
exports.Types = __importStar(__nccwpck_require__(7492));
__exportStar(__nccwpck_require__(5388), exports);
exports.JSON = __importStar(__nccwpck_require__(2392));
__exportStar(__nccwpck_require__(9979), exports);
exports.XML = __importStar(__nccwpck_require__(2991));
__exportStar(__nccwpck_require__(6925), exports);
//# sourceMappingURL=index.common.js.map

/***/ }),

/***/ 9543:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__nccwpck_require__(2934), exports);
__exportStar(__nccwpck_require__(3224), exports);
//# sourceMappingURL=index.node.js.map

/***/ }),

/***/ 2392:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Types = exports.Normalize = void 0;
exports.Normalize = __importStar(__nccwpck_require__(5499));
exports.Types = __importStar(__nccwpck_require__(1565));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5499:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.VulnerabilityAnalysisNormalizer = exports.VulnerabilityAffectedVersionNormalizer = exports.VulnerabilityAffectNormalizer = exports.VulnerabilityCreditsNormalizer = exports.VulnerabilityAdvisoryNormalizer = exports.VulnerabilityRatingNormalizer = exports.VulnerabilityReferenceNormalizer = exports.VulnerabilitySourceNormalizer = exports.VulnerabilityNormalizer = exports.DependencyGraphNormalizer = exports.PropertyNormalizer = exports.AttachmentNormalizer = exports.ExternalReferenceNormalizer = exports.SWIDNormalizer = exports.LicenseNormalizer = exports.ComponentEvidenceNormalizer = exports.ServiceNormalizer = exports.ComponentNormalizer = exports.OrganizationalEntityNormalizer = exports.OrganizationalContactNormalizer = exports.HashNormalizer = exports.ToolsNormalizer = exports.ToolNormalizer = exports.LifecycleNormalizer = exports.MetadataNormalizer = exports.BomNormalizer = exports.Factory = void 0;
const iterable_1 = __nccwpck_require__(3917);
const notUndefined_1 = __nccwpck_require__(8644);
const tree_1 = __nccwpck_require__(1911);
const uri_1 = __nccwpck_require__(7154);
const license_1 = __nccwpck_require__(1496);
const lifecycle_1 = __nccwpck_require__(539);
const tool_1 = __nccwpck_require__(1733);
const affect_1 = __nccwpck_require__(4377);
const spdx_1 = __nccwpck_require__(9473);
const enums_1 = __nccwpck_require__(2388);
const types_1 = __nccwpck_require__(1565);
class Factory {
    #spec;
    constructor(spec) {
        this.#spec = spec;
    }
    get spec() {
        return this.#spec;
    }
    makeForBom() {
        return new BomNormalizer(this);
    }
    makeForMetadata() {
        return new MetadataNormalizer(this);
    }
    makeForComponent() {
        return new ComponentNormalizer(this);
    }
    makeForService() {
        return new ServiceNormalizer(this);
    }
    makeForComponentEvidence() {
        return new ComponentEvidenceNormalizer(this);
    }
    makeForLifecycle() {
        return new LifecycleNormalizer(this);
    }
    makeForTool() {
        return new ToolNormalizer(this);
    }
    makeForTools() {
        return new ToolsNormalizer(this);
    }
    makeForOrganizationalContact() {
        return new OrganizationalContactNormalizer(this);
    }
    makeForOrganizationalEntity() {
        return new OrganizationalEntityNormalizer(this);
    }
    makeForHash() {
        return new HashNormalizer(this);
    }
    makeForLicense() {
        return new LicenseNormalizer(this);
    }
    makeForSWID() {
        return new SWIDNormalizer(this);
    }
    makeForExternalReference() {
        return new ExternalReferenceNormalizer(this);
    }
    makeForAttachment() {
        return new AttachmentNormalizer(this);
    }
    makeForProperty() {
        return new PropertyNormalizer(this);
    }
    makeForDependencyGraph() {
        return new DependencyGraphNormalizer(this);
    }
    makeForVulnerability() {
        return new VulnerabilityNormalizer(this);
    }
    makeForVulnerabilitySource() {
        return new VulnerabilitySourceNormalizer(this);
    }
    makeForVulnerabilityReference() {
        return new VulnerabilityReferenceNormalizer(this);
    }
    makeForVulnerabilityRating() {
        return new VulnerabilityRatingNormalizer(this);
    }
    makeForVulnerabilityAdvisory() {
        return new VulnerabilityAdvisoryNormalizer(this);
    }
    makeForVulnerabilityCredits() {
        return new VulnerabilityCreditsNormalizer(this);
    }
    makeForVulnerabilityAffect() {
        return new VulnerabilityAffectNormalizer(this);
    }
    makeForVulnerabilityAffectedVersion() {
        return new VulnerabilityAffectedVersionNormalizer(this);
    }
    makeForVulnerabilityAnalysis() {
        return new VulnerabilityAnalysisNormalizer(this);
    }
}
exports.Factory = Factory;
const schemaUrl = new Map([
    [enums_1.Version.v1dot7, 'http://cyclonedx.org/schema/bom-1.7.schema.json'],
    [enums_1.Version.v1dot6, 'http://cyclonedx.org/schema/bom-1.6.schema.json'],
    [enums_1.Version.v1dot5, 'http://cyclonedx.org/schema/bom-1.5.schema.json'],
    [enums_1.Version.v1dot4, 'http://cyclonedx.org/schema/bom-1.4.schema.json'],
    [enums_1.Version.v1dot3, 'http://cyclonedx.org/schema/bom-1.3a.schema.json'],
    [enums_1.Version.v1dot2, 'http://cyclonedx.org/schema/bom-1.2b.schema.json']
]);
class BaseJsonNormalizer {
    _factory;
    constructor(factory) {
        this._factory = factory;
    }
    get factory() {
        return this._factory;
    }
}
class BomNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            $schema: schemaUrl.get(this._factory.spec.version),
            bomFormat: 'CycloneDX',
            specVersion: this._factory.spec.version,
            version: data.version,
            serialNumber: this.#isEligibleSerialNumber(data.serialNumber)
                ? data.serialNumber
                : undefined,
            metadata: this._factory.makeForMetadata().normalize(data.metadata, options),
            components: data.components.size > 0
                ? this._factory.makeForComponent().normalizeIterable(data.components, options)
                : [],
            services: this._factory.spec.supportsServices && data.services.size > 0
                ? this._factory.makeForService().normalizeIterable(data.services, options)
                : undefined,
            dependencies: this._factory.spec.supportsDependencyGraph
                ? this._factory.makeForDependencyGraph().normalize(data, options)
                : undefined,
            vulnerabilities: this._factory.spec.supportsVulnerabilities && data.vulnerabilities.size > 0
                ? this._factory.makeForVulnerability().normalizeIterable(data.vulnerabilities, options)
                : undefined
        };
    }
    #isEligibleSerialNumber(v) {
        return v !== undefined &&
            /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v);
    }
}
exports.BomNormalizer = BomNormalizer;
class MetadataNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        const orgEntityNormalizer = this._factory.makeForOrganizationalEntity();
        return {
            timestamp: data.timestamp?.toISOString(),
            lifecycles: this._factory.spec.supportsMetadataLifecycles && data.lifecycles.size > 0
                ? this._factory.makeForLifecycle().normalizeIterable(data.lifecycles, options)
                : undefined,
            tools: data.tools.size > 0
                ? this._factory.makeForTools().normalize(data.tools, options)
                : undefined,
            authors: data.authors.size > 0
                ? this._factory.makeForOrganizationalContact().normalizeIterable(data.authors, options)
                : undefined,
            component: data.component === undefined
                ? undefined
                : this._factory.makeForComponent().normalize(data.component, options),
            manufacture: data.manufacture === undefined
                ? undefined
                : orgEntityNormalizer.normalize(data.manufacture, options),
            supplier: data.supplier === undefined
                ? undefined
                : orgEntityNormalizer.normalize(data.supplier, options),
            licenses: this._factory.spec.supportsMetadataLicenses && data.licenses.size > 0
                ? this._factory.makeForLicense().normalizeIterable(data.licenses, options)
                : undefined,
            properties: this._factory.spec.supportsMetadataProperties && data.properties.size > 0
                ? this._factory.makeForProperty().normalizeIterable(data.properties, options)
                : undefined
        };
    }
}
exports.MetadataNormalizer = MetadataNormalizer;
class LifecycleNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return data instanceof lifecycle_1.NamedLifecycle
            ? { name: data.name, description: data.description }
            : { phase: data };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(lc => this.normalize(lc, options));
    }
}
exports.LifecycleNormalizer = LifecycleNormalizer;
class ToolNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            vendor: data.vendor || undefined,
            name: data.name || undefined,
            version: data.version || undefined,
            hashes: data.hashes.size > 0
                ? this._factory.makeForHash().normalizeIterable(data.hashes, options)
                : undefined,
            externalReferences: this._factory.spec.supportsToolReferences && data.externalReferences.size > 0
                ? this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options)
                : undefined
        };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(t => this.normalize(t, options));
    }
}
exports.ToolNormalizer = ToolNormalizer;
class ToolsNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        if (data.tools.size > 0 || !this._factory.spec.supportsToolsComponentsServices) {
            return this._factory.makeForTool().normalizeIterable(new tool_1.ToolRepository((0, iterable_1.chainI)(Array.from(data.components, tool_1.Tool.fromComponent), Array.from(data.services, tool_1.Tool.fromService), data.tools)), options);
        }
        return {
            components: data.components.size > 0
                ? this._factory.makeForComponent().normalizeIterable(data.components, options)
                : undefined,
            services: data.services.size > 0
                ? this._factory.makeForService().normalizeIterable(data.services, options)
                : undefined
        };
    }
}
exports.ToolsNormalizer = ToolsNormalizer;
class HashNormalizer extends BaseJsonNormalizer {
    normalize([algorithm, content], options) {
        const spec = this._factory.spec;
        return spec.supportsHashAlgorithm(algorithm) && spec.supportsHashValue(content)
            ? {
                alg: algorithm,
                content
            }
            : undefined;
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(h => this.normalize(h, options)).filter(notUndefined_1.isNotUndefined);
    }
}
exports.HashNormalizer = HashNormalizer;
class OrganizationalContactNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            name: data.name || undefined,
            email: types_1.JsonSchema.isIdnEmail(data.email)
                ? data.email
                : undefined,
            phone: data.phone || undefined
        };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(oc => this.normalize(oc, options));
    }
}
exports.OrganizationalContactNormalizer = OrganizationalContactNormalizer;
class OrganizationalEntityNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        const urls = normalizeStringableIter(Array.from(data.url, (s) => (0, uri_1.escapeUri)(s.toString())), options).filter(types_1.JsonSchema.isIriReference);
        return {
            name: data.name || undefined,
            url: urls.length > 0
                ? urls
                : undefined,
            contact: data.contact.size > 0
                ? this._factory.makeForOrganizationalContact().normalizeIterable(data.contact, options)
                : undefined
        };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(oe => this.normalize(oe, options));
    }
}
exports.OrganizationalEntityNormalizer = OrganizationalEntityNormalizer;
class ComponentNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        const spec = this._factory.spec;
        if (!spec.supportsComponentType(data.type)) {
            return undefined;
        }
        const version = data.version ?? '';
        return {
            type: data.type,
            name: data.name,
            group: data.group || undefined,
            version: version.length > 0 || spec.requiresComponentVersion
                ? version
                : undefined,
            'bom-ref': data.bomRef.value || undefined,
            supplier: data.supplier === undefined
                ? undefined
                : this._factory.makeForOrganizationalEntity().normalize(data.supplier, options),
            author: data.author || undefined,
            publisher: data.publisher || undefined,
            description: data.description || undefined,
            scope: data.scope,
            hashes: data.hashes.size > 0
                ? this._factory.makeForHash().normalizeIterable(data.hashes, options)
                : undefined,
            licenses: data.licenses.size > 0
                ? this._factory.makeForLicense().normalizeIterable(data.licenses, options)
                : undefined,
            copyright: data.copyright?.toString() || undefined,
            cpe: data.cpe || undefined,
            purl: data.purl?.toString(),
            swid: data.swid === undefined
                ? undefined
                : this._factory.makeForSWID().normalize(data.swid, options),
            externalReferences: data.externalReferences.size > 0
                ? this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options)
                : undefined,
            properties: spec.supportsProperties(data) && data.properties.size > 0
                ? this._factory.makeForProperty().normalizeIterable(data.properties, options)
                : undefined,
            components: data.components.size > 0
                ? this.normalizeIterable(data.components, options)
                : undefined,
            evidence: spec.supportsComponentEvidence && data.evidence !== undefined
                ? this._factory.makeForComponentEvidence().normalize(data.evidence, options)
                : undefined
        };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(c => this.normalize(c, options)).filter(notUndefined_1.isNotUndefined);
    }
}
exports.ComponentNormalizer = ComponentNormalizer;
class ServiceNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        const spec = this._factory.spec;
        return {
            'bom-ref': data.bomRef.value || undefined,
            provider: data.provider
                ? this._factory.makeForOrganizationalEntity().normalize(data.provider, options)
                : undefined,
            group: data.group,
            name: data.name,
            version: data.version || undefined,
            description: data.description || undefined,
            licenses: data.licenses.size > 0
                ? this._factory.makeForLicense().normalizeIterable(data.licenses, options)
                : undefined,
            externalReferences: data.externalReferences.size > 0
                ? this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options)
                : undefined,
            services: data.services.size > 0
                ? this._factory.makeForService().normalizeIterable(data.services, options)
                : undefined,
            properties: spec.supportsProperties(data) && data.properties.size > 0
                ? this._factory.makeForProperty().normalizeIterable(data.properties, options)
                : undefined,
        };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(s => this.normalize(s, options));
    }
}
exports.ServiceNormalizer = ServiceNormalizer;
class ComponentEvidenceNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            licenses: data.licenses.size > 0
                ? this._factory.makeForLicense().normalizeIterable(data.licenses, options)
                : undefined,
            copyright: data.copyright.size > 0
                ? (options.sortLists
                    ? data.copyright.sorted().map(ComponentEvidenceNormalizer.#normalizeCopyright)
                    : Array.from(data.copyright, ComponentEvidenceNormalizer.#normalizeCopyright))
                : undefined
        };
    }
    static #normalizeCopyright(c) {
        return { text: c.toString() };
    }
}
exports.ComponentEvidenceNormalizer = ComponentEvidenceNormalizer;
class LicenseNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        switch (true) {
            case data instanceof license_1.NamedLicense:
                return this.#normalizeNamedLicense(data, options);
            case data instanceof license_1.SpdxLicense:
                return (0, spdx_1.isSupportedSpdxId)(data.id)
                    ? this.#normalizeSpdxLicense(data, options)
                    : this.#normalizeNamedLicense(new license_1.NamedLicense(data.id, { url: data.url }), options);
            case data instanceof license_1.LicenseExpression:
                return this.#normalizeLicenseExpression(data);
            default:
                throw new TypeError('Unexpected LicenseChoice');
        }
    }
    #normalizeNamedLicense(data, options) {
        const spec = this._factory.spec;
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        return {
            license: {
                name: data.name,
                acknowledgement: spec.supportsLicenseAcknowledgement
                    ? data.acknowledgement
                    : undefined,
                text: data.text === undefined
                    ? undefined
                    : this._factory.makeForAttachment().normalize(data.text, options),
                url: types_1.JsonSchema.isIriReference(url)
                    ? url
                    : undefined,
                properties: spec.supportsProperties(data) && data.properties.size > 0
                    ? this._factory.makeForProperty().normalizeIterable(data.properties, options)
                    : undefined
            }
        };
    }
    #normalizeSpdxLicense(data, options) {
        const spec = this._factory.spec;
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        return {
            license: {
                id: data.id,
                acknowledgement: spec.supportsLicenseAcknowledgement
                    ? data.acknowledgement
                    : undefined,
                text: data.text === undefined
                    ? undefined
                    : this._factory.makeForAttachment().normalize(data.text, options),
                url: types_1.JsonSchema.isIriReference(url)
                    ? url
                    : undefined,
                properties: spec.supportsProperties(data) && data.properties.size > 0
                    ? this._factory.makeForProperty().normalizeIterable(data.properties, options)
                    : undefined
            }
        };
    }
    #normalizeLicenseExpression(data) {
        return {
            expression: data.expression,
            acknowledgement: this._factory.spec.supportsLicenseAcknowledgement
                ? data.acknowledgement
                : undefined
        };
    }
    normalizeIterable(data, options) {
        const licenses = options.sortLists ?? false
            ? data.sorted()
            : Array.from(data);
        if (licenses.length > 1) {
            const expressions = licenses.filter(l => l instanceof license_1.LicenseExpression);
            if (expressions.length > 0) {
                return [this.#normalizeLicenseExpression(expressions[0])];
            }
        }
        return licenses.map(l => this.normalize(l, options));
    }
}
exports.LicenseNormalizer = LicenseNormalizer;
class SWIDNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        return {
            tagId: data.tagId,
            name: data.name,
            version: data.version || undefined,
            tagVersion: data.tagVersion,
            patch: data.patch,
            text: data.text === undefined
                ? undefined
                : this._factory.makeForAttachment().normalize(data.text, options),
            url: types_1.JsonSchema.isIriReference(url)
                ? url
                : undefined
        };
    }
}
exports.SWIDNormalizer = SWIDNormalizer;
class ExternalReferenceNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return this._factory.spec.supportsExternalReferenceType(data.type)
            ? {
                url: (0, uri_1.escapeUri)(data.url.toString()),
                type: data.type,
                hashes: this._factory.spec.supportsExternalReferenceHashes && data.hashes.size > 0
                    ? this._factory.makeForHash().normalizeIterable(data.hashes, options)
                    : undefined,
                comment: data.comment || undefined
            }
            : undefined;
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(r => this.normalize(r, options)).filter(notUndefined_1.isNotUndefined);
    }
}
exports.ExternalReferenceNormalizer = ExternalReferenceNormalizer;
class AttachmentNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            content: data.content.toString(),
            contentType: data.contentType || undefined,
            encoding: data.encoding
        };
    }
}
exports.AttachmentNormalizer = AttachmentNormalizer;
class PropertyNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            name: data.name,
            value: data.value
        };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(p => this.normalize(p, options));
    }
}
exports.PropertyNormalizer = PropertyNormalizer;
class DependencyGraphNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        const allRefs = new Map();
        if (data.metadata.component !== undefined) {
            allRefs.set(data.metadata.component.bomRef, data.metadata.component.dependencies);
            for (const component of data.metadata.component.components[tree_1.treeIteratorSymbol]()) {
                allRefs.set(component.bomRef, component.dependencies);
            }
        }
        for (const component of data.components[tree_1.treeIteratorSymbol]()) {
            allRefs.set(component.bomRef, component.dependencies);
        }
        for (const service of data.services[tree_1.treeIteratorSymbol]()) {
            allRefs.set(service.bomRef, service.dependencies);
        }
        const normalized = [];
        for (const [ref, deps] of allRefs) {
            const dep = this.#normalizeDependency(ref, deps, allRefs, options);
            if ((0, notUndefined_1.isNotUndefined)(dep)) {
                normalized.push(dep);
            }
        }
        if (options.sortLists ?? false) {
            normalized.sort(({ ref: a }, { ref: b }) => a.localeCompare(b));
        }
        return normalized;
    }
    #normalizeDependency(ref, deps, allRefs, options) {
        const bomRef = ref.toString();
        if (bomRef.length === 0) {
            return undefined;
        }
        const dependsOn = normalizeStringableIter(Array.from(deps).filter(d => allRefs.has(d) && d !== ref), options).filter(d => d.length > 0);
        return {
            ref: bomRef,
            dependsOn: dependsOn.length > 0
                ? dependsOn
                : undefined
        };
    }
}
exports.DependencyGraphNormalizer = DependencyGraphNormalizer;
class VulnerabilityNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            'bom-ref': data.bomRef.value || undefined,
            id: data.id || undefined,
            source: data.source === undefined
                ? undefined
                : this._factory.makeForVulnerabilitySource().normalize(data.source, options),
            references: data.references.size > 0
                ? this._factory.makeForVulnerabilityReference().normalizeIterable(data.references, options)
                : undefined,
            ratings: data.ratings.size > 0
                ? this._factory.makeForVulnerabilityRating().normalizeIterable(data.ratings, options)
                : undefined,
            cwes: data.cwes.size > 0
                ? (options.sortLists ?? false
                    ? data.cwes.sorted()
                    : Array.from(data.cwes))
                : undefined,
            description: data.description,
            detail: data.detail,
            recommendation: data.recommendation,
            advisories: data.advisories.size > 0
                ? this._factory.makeForVulnerabilityAdvisory().normalizeIterable(data.advisories, options)
                : undefined,
            created: data.created?.toISOString(),
            published: data.published?.toISOString(),
            updated: data.updated?.toISOString(),
            credits: data.credits === undefined
                ? undefined
                : this._factory.makeForVulnerabilityCredits().normalize(data.credits, options),
            tools: data.tools.size > 0
                ? this._factory.makeForTools().normalize(data.tools, options)
                : undefined,
            analysis: data.analysis === undefined
                ? undefined
                : this._factory.makeForVulnerabilityAnalysis().normalize(data.analysis, options),
            affects: data.affects.size > 0
                ? this._factory.makeForVulnerabilityAffect().normalizeIterable(data.affects, options)
                : undefined,
            properties: data.properties.size > 0
                ? this._factory.makeForProperty().normalizeIterable(data.properties, options)
                : undefined
        };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(v => this.normalize(v, options));
    }
}
exports.VulnerabilityNormalizer = VulnerabilityNormalizer;
class VulnerabilitySourceNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            name: data.name,
            url: data.url?.toString()
        };
    }
}
exports.VulnerabilitySourceNormalizer = VulnerabilitySourceNormalizer;
class VulnerabilityReferenceNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            id: data.id,
            source: this._factory.makeForVulnerabilitySource().normalize(data.source, options)
        };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(r => this.normalize(r, options));
    }
}
exports.VulnerabilityReferenceNormalizer = VulnerabilityReferenceNormalizer;
class VulnerabilityRatingNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            source: data.source === undefined
                ? undefined
                : this._factory.makeForVulnerabilitySource().normalize(data.source, options),
            score: data.score,
            severity: data.severity,
            method: this._factory.spec.supportsVulnerabilityRatingMethod(data.method)
                ? data.method
                : undefined,
            vector: data.vector,
            justification: data.justification
        };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(r => this.normalize(r, options));
    }
}
exports.VulnerabilityRatingNormalizer = VulnerabilityRatingNormalizer;
class VulnerabilityAdvisoryNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        const url = (0, uri_1.escapeUri)(data.url.toString());
        if (!types_1.JsonSchema.isIriReference(url)) {
            return undefined;
        }
        return {
            title: data.title,
            url
        };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(a => this.normalize(a, options)).filter(notUndefined_1.isNotUndefined);
    }
}
exports.VulnerabilityAdvisoryNormalizer = VulnerabilityAdvisoryNormalizer;
class VulnerabilityCreditsNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            organizations: data.organizations.size > 0
                ? this._factory.makeForOrganizationalEntity().normalizeIterable(data.organizations, options)
                : undefined,
            individuals: data.individuals.size > 0
                ? this._factory.makeForOrganizationalContact().normalizeIterable(data.individuals, options)
                : undefined
        };
    }
}
exports.VulnerabilityCreditsNormalizer = VulnerabilityCreditsNormalizer;
class VulnerabilityAffectNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            ref: data.ref.toString(),
            versions: data.versions.size > 0
                ? this._factory.makeForVulnerabilityAffectedVersion().normalizeIterable(data.versions, options)
                : undefined
        };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(a => this.normalize(a, options));
    }
}
exports.VulnerabilityAffectNormalizer = VulnerabilityAffectNormalizer;
class VulnerabilityAffectedVersionNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        switch (true) {
            case data instanceof affect_1.AffectedSingleVersion:
                return this.#normalizeAffectedSingleVersion(data);
            case data instanceof affect_1.AffectedVersionRange:
                return this.#normalizeAffectedVersionRange(data);
            default:
                throw new TypeError('Unexpected Vulnerability AffectedVersion');
        }
    }
    #normalizeAffectedSingleVersion(data) {
        return data.version.length < 1
            ? undefined
            : {
                version: data.version.substring(0, 1024),
                status: data.status
            };
    }
    #normalizeAffectedVersionRange(data) {
        return data.range.length < 1
            ? undefined
            : {
                range: data.range.substring(0, 1024),
                status: data.status
            };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(av => this.normalize(av, options)).filter(notUndefined_1.isNotUndefined);
    }
}
exports.VulnerabilityAffectedVersionNormalizer = VulnerabilityAffectedVersionNormalizer;
class VulnerabilityAnalysisNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            state: data.state,
            justification: data.justification,
            response: data.response.size > 0
                ? (options.sortLists ?? false
                    ? data.response.sorted()
                    : Array.from(data.response))
                : undefined,
            detail: data.detail
        };
    }
}
exports.VulnerabilityAnalysisNormalizer = VulnerabilityAnalysisNormalizer;
function normalizeStringableIter(data, options) {
    const r = Array.from(data, d => d.toString());
    if (options.sortLists ?? false) {
        r.sort((a, b) => a.localeCompare(b));
    }
    return r;
}
//# sourceMappingURL=normalize.js.map

/***/ }),

/***/ 1565:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.JsonSchema = void 0;
var JsonSchema;
(function (JsonSchema) {
    function isIriReference(value) {
        return typeof value === 'string' &&
            value.length > 0;
    }
    JsonSchema.isIriReference = isIriReference;
    function isIdnEmail(value) {
        return typeof value === 'string' &&
            value.length > 0;
    }
    JsonSchema.isIdnEmail = isIdnEmail;
})(JsonSchema || (exports.JsonSchema = JsonSchema = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 9979:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.JsonSerializer = void 0;
const enums_1 = __nccwpck_require__(2388);
const errors_1 = __nccwpck_require__(3883);
const baseSerializer_1 = __nccwpck_require__(5388);
class JsonSerializer extends baseSerializer_1.BaseSerializer {
    #normalizerFactory;
    constructor(normalizerFactory) {
        if (!normalizerFactory.spec.supportsFormat(enums_1.Format.JSON)) {
            throw new errors_1.UnsupportedFormatError('Spec does not support JSON format.');
        }
        super();
        this.#normalizerFactory = normalizerFactory;
    }
    get normalizerFactory() {
        return this.#normalizerFactory;
    }
    _normalize(bom, options = {}) {
        return this.#normalizerFactory.makeForBom()
            .normalize(bom, options);
    }
    _serialize(bom, { space } = {}) {
        return JSON.stringify(bom, null, space);
    }
}
exports.JsonSerializer = JsonSerializer;
//# sourceMappingURL=jsonSerializer.js.map

/***/ }),

/***/ 7492:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 1531:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.normalizedString = normalizedString;
exports.token = token;
const _normalizeStringForbiddenSearch = /\r\n|\t|\n|\r/g;
const _normalizeStringForbiddenReplace = ' ';
function normalizedString(s) {
    return s.replace(_normalizeStringForbiddenSearch, _normalizeStringForbiddenReplace);
}
const _tokenMultispaceSearch = / {2,}/g;
const _tokenMultispaceReplace = ' ';
function token(s) {
    return normalizedString(s).trim().replace(_tokenMultispaceSearch, _tokenMultispaceReplace);
}
//# sourceMappingURL=_xsd.js.map

/***/ }),

/***/ 2991:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Types = exports.Normalize = void 0;
exports.Normalize = __importStar(__nccwpck_require__(5660));
exports.Types = __importStar(__nccwpck_require__(4198));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5660:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.VulnerabilityAffectedVersionNormalizer = exports.VulnerabilityAffectNormalizer = exports.VulnerabilityAnalysisNormalizer = exports.VulnerabilityCreditsNormalizer = exports.VulnerabilityAdvisoryNormalizer = exports.VulnerabilityRatingNormalizer = exports.VulnerabilityReferenceNormalizer = exports.VulnerabilitySourceNormalizer = exports.VulnerabilityNormalizer = exports.DependencyGraphNormalizer = exports.PropertyNormalizer = exports.AttachmentNormalizer = exports.ExternalReferenceNormalizer = exports.SWIDNormalizer = exports.LicenseNormalizer = exports.ComponentEvidenceNormalizer = exports.ServiceNormalizer = exports.ComponentNormalizer = exports.OrganizationalEntityNormalizer = exports.OrganizationalContactNormalizer = exports.HashNormalizer = exports.ToolsNormalizer = exports.ToolNormalizer = exports.LifecycleNormalizer = exports.MetadataNormalizer = exports.BomNormalizer = exports.Factory = void 0;
const iterable_1 = __nccwpck_require__(3917);
const notUndefined_1 = __nccwpck_require__(8644);
const tree_1 = __nccwpck_require__(1911);
const uri_1 = __nccwpck_require__(7154);
const models_1 = __nccwpck_require__(2619);
const license_1 = __nccwpck_require__(1496);
const lifecycle_1 = __nccwpck_require__(539);
const affect_1 = __nccwpck_require__(4377);
const spdx_1 = __nccwpck_require__(9473);
const enums_1 = __nccwpck_require__(2388);
const _xsd_1 = __nccwpck_require__(1531);
const types_1 = __nccwpck_require__(4198);
class Factory {
    #spec;
    constructor(spec) {
        this.#spec = spec;
    }
    get spec() {
        return this.#spec;
    }
    makeForBom() {
        return new BomNormalizer(this);
    }
    makeForMetadata() {
        return new MetadataNormalizer(this);
    }
    makeForLifecycle() {
        return new LifecycleNormalizer(this);
    }
    makeForComponent() {
        return new ComponentNormalizer(this);
    }
    makeForService() {
        return new ServiceNormalizer(this);
    }
    makeForComponentEvidence() {
        return new ComponentEvidenceNormalizer(this);
    }
    makeForTool() {
        return new ToolNormalizer(this);
    }
    makeForTools() {
        return new ToolsNormalizer(this);
    }
    makeForOrganizationalContact() {
        return new OrganizationalContactNormalizer(this);
    }
    makeForOrganizationalEntity() {
        return new OrganizationalEntityNormalizer(this);
    }
    makeForHash() {
        return new HashNormalizer(this);
    }
    makeForLicense() {
        return new LicenseNormalizer(this);
    }
    makeForSWID() {
        return new SWIDNormalizer(this);
    }
    makeForExternalReference() {
        return new ExternalReferenceNormalizer(this);
    }
    makeForAttachment() {
        return new AttachmentNormalizer(this);
    }
    makeForProperty() {
        return new PropertyNormalizer(this);
    }
    makeForDependencyGraph() {
        return new DependencyGraphNormalizer(this);
    }
    makeForVulnerability() {
        return new VulnerabilityNormalizer(this);
    }
    makeForVulnerabilitySource() {
        return new VulnerabilitySourceNormalizer(this);
    }
    makeForVulnerabilityReference() {
        return new VulnerabilityReferenceNormalizer(this);
    }
    makeForVulnerabilityRating() {
        return new VulnerabilityRatingNormalizer(this);
    }
    makeForVulnerabilityAdvisory() {
        return new VulnerabilityAdvisoryNormalizer(this);
    }
    makeForVulnerabilityCredits() {
        return new VulnerabilityCreditsNormalizer(this);
    }
    makeForVulnerabilityAffect() {
        return new VulnerabilityAffectNormalizer(this);
    }
    makeForVulnerabilityAffectedVersion() {
        return new VulnerabilityAffectedVersionNormalizer(this);
    }
    makeForVulnerabilityAnalysis() {
        return new VulnerabilityAnalysisNormalizer(this);
    }
}
exports.Factory = Factory;
const xmlNamespace = new Map([
    [enums_1.Version.v1dot7, 'http://cyclonedx.org/schema/bom/1.7'],
    [enums_1.Version.v1dot6, 'http://cyclonedx.org/schema/bom/1.6'],
    [enums_1.Version.v1dot5, 'http://cyclonedx.org/schema/bom/1.5'],
    [enums_1.Version.v1dot4, 'http://cyclonedx.org/schema/bom/1.4'],
    [enums_1.Version.v1dot3, 'http://cyclonedx.org/schema/bom/1.3'],
    [enums_1.Version.v1dot2, 'http://cyclonedx.org/schema/bom/1.2'],
    [enums_1.Version.v1dot1, 'http://cyclonedx.org/schema/bom/1.1'],
    [enums_1.Version.v1dot0, 'http://cyclonedx.org/schema/bom/1.0']
]);
class BaseXmlNormalizer {
    _factory;
    constructor(factory) {
        this._factory = factory;
    }
    get factory() {
        return this._factory;
    }
}
class BomNormalizer extends BaseXmlNormalizer {
    normalize(data, options) {
        const components = {
            type: 'element',
            name: 'components',
            children: data.components.size > 0
                ? this._factory.makeForComponent().normalizeIterable(data.components, options, 'component')
                : undefined
        };
        const services = this._factory.spec.supportsServices && data.services.size > 0
            ? {
                type: 'element',
                name: 'services',
                children: this._factory.makeForService().normalizeIterable(data.services, options, 'service')
            }
            : undefined;
        const vulnerabilities = this._factory.spec.supportsVulnerabilities && data.vulnerabilities.size > 0
            ? {
                type: 'element',
                name: 'vulnerabilities',
                children: this._factory.makeForVulnerability().normalizeIterable(data.vulnerabilities, options, 'vulnerability')
            }
            : undefined;
        return {
            type: 'element',
            name: 'bom',
            namespace: xmlNamespace.get(this._factory.spec.version),
            attributes: {
                version: data.version,
                serialNumber: this.#isEligibleSerialNumber(data.serialNumber)
                    ? data.serialNumber
                    : undefined
            },
            children: [
                this._factory.makeForMetadata().normalize(data.metadata, options, 'metadata'),
                components,
                services,
                this._factory.spec.supportsDependencyGraph
                    ? this._factory.makeForDependencyGraph().normalize(data, options, 'dependencies')
                    : undefined,
                vulnerabilities
            ].filter(notUndefined_1.isNotUndefined)
        };
    }
    #isEligibleSerialNumber(v) {
        return v !== undefined &&
            /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/.test(v);
    }
}
exports.BomNormalizer = BomNormalizer;
class MetadataNormalizer extends BaseXmlNormalizer {
    normalize(data, options, elementName) {
        const orgEntityNormalizer = this._factory.makeForOrganizationalEntity();
        const lifecycles = this._factory.spec.supportsMetadataLifecycles && data.lifecycles.size > 0
            ? {
                type: 'element',
                name: 'lifecycles',
                children: this._factory.makeForLifecycle().normalizeIterable(data.lifecycles, options, 'lifecycle')
            }
            : undefined;
        const tools = data.tools.size > 0
            ? this._factory.makeForTools().normalize(data.tools, options, 'tools')
            : undefined;
        const authors = data.authors.size > 0
            ? {
                type: 'element',
                name: 'authors',
                children: this._factory.makeForOrganizationalContact().normalizeIterable(data.authors, options, 'author')
            }
            : undefined;
        const licenses = this._factory.spec.supportsMetadataLicenses && data.licenses.size > 0
            ? {
                type: 'element',
                name: 'licenses',
                children: this._factory.makeForLicense().normalizeIterable(data.licenses, options)
            }
            : undefined;
        const properties = this._factory.spec.supportsMetadataProperties && data.properties.size > 0
            ? {
                type: 'element',
                name: 'properties',
                children: this._factory.makeForProperty().normalizeIterable(data.properties, options, 'property')
            }
            : undefined;
        return {
            type: 'element',
            name: elementName,
            children: [
                makeOptionalDateTimeElement(data.timestamp, 'timestamp'),
                lifecycles,
                tools,
                authors,
                data.component === undefined
                    ? undefined
                    : this._factory.makeForComponent().normalize(data.component, options, 'component'),
                data.manufacture === undefined
                    ? undefined
                    : orgEntityNormalizer.normalize(data.manufacture, options, 'manufacture'),
                data.supplier === undefined
                    ? undefined
                    : orgEntityNormalizer.normalize(data.supplier, options, 'supplier'),
                licenses,
                properties
            ].filter(notUndefined_1.isNotUndefined)
        };
    }
}
exports.MetadataNormalizer = MetadataNormalizer;
class LifecycleNormalizer extends BaseXmlNormalizer {
    normalize(data, options, elementName) {
        return data instanceof lifecycle_1.NamedLifecycle
            ? {
                type: 'element',
                name: elementName,
                children: [
                    makeTextElement(data.name, 'name', _xsd_1.normalizedString),
                    makeOptionalTextElement(data.description, 'description')
                ].filter(notUndefined_1.isNotUndefined)
            }
            : {
                type: 'element',
                name: elementName,
                children: [
                    makeTextElement(data, 'phase')
                ]
            };
    }
    normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(t => this.normalize(t, options, elementName));
    }
}
exports.LifecycleNormalizer = LifecycleNormalizer;
class ToolNormalizer extends BaseXmlNormalizer {
    normalize(data, options, elementName) {
        const hashes = data.hashes.size > 0
            ? {
                type: 'element',
                name: 'hashes',
                children: this._factory.makeForHash().normalizeIterable(data.hashes, options, 'hash')
            }
            : undefined;
        const externalReferences = this._factory.spec.supportsToolReferences && data.externalReferences.size > 0
            ? {
                type: 'element',
                name: 'externalReferences',
                children: this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options, 'reference')
            }
            : undefined;
        return {
            type: 'element',
            name: elementName,
            children: [
                makeOptionalTextElement(data.vendor, 'vendor', _xsd_1.normalizedString),
                makeOptionalTextElement(data.name, 'name', _xsd_1.normalizedString),
                makeOptionalTextElement(data.version, 'version', _xsd_1.normalizedString),
                hashes,
                externalReferences
            ].filter(notUndefined_1.isNotUndefined)
        };
    }
    normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(t => this.normalize(t, options, elementName));
    }
}
exports.ToolNormalizer = ToolNormalizer;
class ToolsNormalizer extends BaseXmlNormalizer {
    normalize(data, options, elementName) {
        let children = [];
        if (data.tools.size > 0 || !this._factory.spec.supportsToolsComponentsServices) {
            children = this._factory.makeForTool().normalizeIterable(new models_1.ToolRepository((0, iterable_1.chainI)(Array.from(data.components, models_1.Tool.fromComponent), Array.from(data.services, models_1.Tool.fromService), data.tools)), options, 'tool');
        }
        else {
            if (data.components.size > 0) {
                children.push({
                    type: 'element',
                    name: 'components',
                    children: this._factory.makeForComponent().normalizeIterable(data.components, options, 'component')
                });
            }
            if (data.services.size > 0) {
                children.push({
                    type: 'element',
                    name: 'services',
                    children: this._factory.makeForService().normalizeIterable(data.services, options, 'service')
                });
            }
        }
        return {
            type: 'element',
            name: elementName,
            children
        };
    }
}
exports.ToolsNormalizer = ToolsNormalizer;
class HashNormalizer extends BaseXmlNormalizer {
    normalize([algorithm, content], options, elementName) {
        const spec = this._factory.spec;
        return spec.supportsHashAlgorithm(algorithm) && spec.supportsHashValue(content)
            ? {
                type: 'element',
                name: elementName,
                attributes: { alg: algorithm },
                children: (0, _xsd_1.token)(content)
            }
            : undefined;
    }
    normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(h => this.normalize(h, options, elementName)).filter(notUndefined_1.isNotUndefined);
    }
}
exports.HashNormalizer = HashNormalizer;
class OrganizationalContactNormalizer extends BaseXmlNormalizer {
    normalize(data, options, elementName) {
        return {
            type: 'element',
            name: elementName,
            children: [
                makeOptionalTextElement(data.name, 'name', _xsd_1.normalizedString),
                makeOptionalTextElement(data.email, 'email', _xsd_1.normalizedString),
                makeOptionalTextElement(data.phone, 'phone', _xsd_1.normalizedString)
            ].filter(notUndefined_1.isNotUndefined)
        };
    }
    normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(oc => this.normalize(oc, options, elementName));
    }
}
exports.OrganizationalContactNormalizer = OrganizationalContactNormalizer;
class OrganizationalEntityNormalizer extends BaseXmlNormalizer {
    normalize(data, options, elementName) {
        return {
            type: 'element',
            name: elementName,
            children: [
                makeOptionalTextElement(data.name, 'name', _xsd_1.normalizedString),
                ...makeTextElementIter(Array.from(data.url, (s) => (0, uri_1.escapeUri)(s.toString())), options, 'url').filter(({ children: u }) => types_1.XmlSchema.isAnyURI(u)),
                ...this._factory.makeForOrganizationalContact().normalizeIterable(data.contact, options, 'contact')
            ].filter(notUndefined_1.isNotUndefined)
        };
    }
    normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(oe => this.normalize(oe, options, elementName));
    }
}
exports.OrganizationalEntityNormalizer = OrganizationalEntityNormalizer;
class ComponentNormalizer extends BaseXmlNormalizer {
    normalize(data, options, elementName) {
        const spec = this._factory.spec;
        if (!spec.supportsComponentType(data.type)) {
            return undefined;
        }
        const supplier = data.supplier === undefined
            ? undefined
            : this._factory.makeForOrganizationalEntity().normalize(data.supplier, options, 'supplier');
        const version = (spec.requiresComponentVersion
            ? makeTextElement
            : makeOptionalTextElement)(data.version ?? '', 'version', _xsd_1.normalizedString);
        const hashes = data.hashes.size > 0
            ? {
                type: 'element',
                name: 'hashes',
                children: this._factory.makeForHash().normalizeIterable(data.hashes, options, 'hash')
            }
            : undefined;
        const licenses = data.licenses.size > 0
            ? {
                type: 'element',
                name: 'licenses',
                children: this._factory.makeForLicense().normalizeIterable(data.licenses, options)
            }
            : undefined;
        const swid = data.swid === undefined
            ? undefined
            : this._factory.makeForSWID().normalize(data.swid, options, 'swid');
        const extRefs = data.externalReferences.size > 0
            ? {
                type: 'element',
                name: 'externalReferences',
                children: this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options, 'reference')
            }
            : undefined;
        const properties = spec.supportsProperties(data) && data.properties.size > 0
            ? {
                type: 'element',
                name: 'properties',
                children: this._factory.makeForProperty().normalizeIterable(data.properties, options, 'property')
            }
            : undefined;
        const components = data.components.size > 0
            ? {
                type: 'element',
                name: 'components',
                children: this.normalizeIterable(data.components, options, 'component')
            }
            : undefined;
        const evidence = spec.supportsComponentEvidence && data.evidence !== undefined
            ? this._factory.makeForComponentEvidence().normalize(data.evidence, options, 'evidence')
            : undefined;
        return {
            type: 'element',
            name: elementName,
            attributes: {
                type: data.type,
                'bom-ref': data.bomRef.value
            },
            children: [
                supplier,
                makeOptionalTextElement(data.author, 'author', _xsd_1.normalizedString),
                makeOptionalTextElement(data.publisher, 'publisher', _xsd_1.normalizedString),
                makeOptionalTextElement(data.group, 'group', _xsd_1.normalizedString),
                makeTextElement(data.name, 'name', _xsd_1.normalizedString),
                version,
                makeOptionalTextElement(data.description, 'description', _xsd_1.normalizedString),
                makeOptionalTextElement(data.scope, 'scope'),
                hashes,
                licenses,
                makeOptionalTextElement(data.copyright, 'copyright', _xsd_1.normalizedString),
                makeOptionalTextElement(data.cpe, 'cpe'),
                makeOptionalTextElement(data.purl, 'purl'),
                swid,
                extRefs,
                properties,
                components,
                evidence
            ].filter(notUndefined_1.isNotUndefined)
        };
    }
    normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(c => this.normalize(c, options, elementName)).filter(notUndefined_1.isNotUndefined);
    }
}
exports.ComponentNormalizer = ComponentNormalizer;
class ServiceNormalizer extends BaseXmlNormalizer {
    normalize(data, options, elementName) {
        const spec = this._factory.spec;
        const provider = data.provider === undefined
            ? undefined
            : this._factory.makeForOrganizationalEntity().normalize(data.provider, options, 'provider');
        const licenses = data.licenses.size > 0
            ? {
                type: 'element',
                name: 'licenses',
                children: this._factory.makeForLicense().normalizeIterable(data.licenses, options)
            }
            : undefined;
        const extRefs = data.externalReferences.size > 0
            ? {
                type: 'element',
                name: 'externalReferences',
                children: this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options, 'reference')
            }
            : undefined;
        const properties = spec.supportsProperties(data) && data.properties.size > 0
            ? {
                type: 'element',
                name: 'properties',
                children: this._factory.makeForProperty().normalizeIterable(data.properties, options, 'property')
            }
            : undefined;
        const services = data.services.size > 0
            ? {
                type: 'element',
                name: 'services',
                children: this.normalizeIterable(data.services, options, 'service')
            }
            : undefined;
        return {
            type: 'element',
            name: elementName,
            attributes: {
                'bom-ref': data.bomRef.value
            },
            children: [
                provider,
                makeOptionalTextElement(data.group, 'group', _xsd_1.normalizedString),
                makeTextElement(data.name, 'name', _xsd_1.normalizedString),
                makeOptionalTextElement(data.version, 'version', _xsd_1.normalizedString),
                makeOptionalTextElement(data.description, 'description', _xsd_1.normalizedString),
                licenses,
                extRefs,
                properties,
                services,
            ].filter(notUndefined_1.isNotUndefined)
        };
    }
    normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(s => this.normalize(s, options, elementName));
    }
}
exports.ServiceNormalizer = ServiceNormalizer;
class ComponentEvidenceNormalizer extends BaseXmlNormalizer {
    normalize(data, options, elementName) {
        const licenses = data.licenses.size > 0
            ? {
                type: 'element',
                name: 'licenses',
                children: this._factory.makeForLicense().normalizeIterable(data.licenses, options)
            }
            : undefined;
        const copyright = data.copyright.size > 0
            ? {
                type: 'element',
                name: 'copyright',
                children: makeTextElementIter(data.copyright, options, 'text')
            }
            : undefined;
        return {
            type: 'element',
            name: elementName,
            children: [
                licenses,
                copyright
            ].filter(notUndefined_1.isNotUndefined)
        };
    }
}
exports.ComponentEvidenceNormalizer = ComponentEvidenceNormalizer;
class LicenseNormalizer extends BaseXmlNormalizer {
    normalize(data, options) {
        switch (true) {
            case data instanceof license_1.NamedLicense:
                return this.#normalizeNamedLicense(data, options);
            case data instanceof license_1.SpdxLicense:
                return (0, spdx_1.isSupportedSpdxId)(data.id)
                    ? this.#normalizeSpdxLicense(data, options)
                    : this.#normalizeNamedLicense(new license_1.NamedLicense(data.id, { url: data.url }), options);
            case data instanceof license_1.LicenseExpression:
                return this.#normalizeLicenseExpression(data);
            default:
                throw new TypeError('Unexpected LicenseChoice');
        }
    }
    #normalizeNamedLicense(data, options) {
        const spec = this._factory.spec;
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        const properties = spec.supportsProperties(data) && data.properties.size > 0
            ? {
                type: 'element',
                name: 'properties',
                children: this._factory.makeForProperty().normalizeIterable(data.properties, options, 'property')
            }
            : undefined;
        return {
            type: 'element',
            name: 'license',
            attributes: {
                acknowledgement: spec.supportsLicenseAcknowledgement
                    ? data.acknowledgement
                    : undefined
            },
            children: [
                makeTextElement(data.name, 'name', _xsd_1.normalizedString),
                data.text === undefined
                    ? undefined
                    : this._factory.makeForAttachment().normalize(data.text, options, 'text'),
                types_1.XmlSchema.isAnyURI(url)
                    ? makeTextElement(url, 'url')
                    : undefined,
                properties
            ].filter(notUndefined_1.isNotUndefined)
        };
    }
    #normalizeSpdxLicense(data, options) {
        const spec = this._factory.spec;
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        const properties = spec.supportsProperties(data) && data.properties.size > 0
            ? {
                type: 'element',
                name: 'properties',
                children: this._factory.makeForProperty().normalizeIterable(data.properties, options, 'property')
            }
            : undefined;
        return {
            type: 'element',
            name: 'license',
            attributes: {
                acknowledgement: spec.supportsLicenseAcknowledgement
                    ? data.acknowledgement
                    : undefined
            },
            children: [
                makeTextElement(data.id, 'id'),
                data.text === undefined
                    ? undefined
                    : this._factory.makeForAttachment().normalize(data.text, options, 'text'),
                types_1.XmlSchema.isAnyURI(url)
                    ? makeTextElement(url, 'url')
                    : undefined,
                properties
            ].filter(notUndefined_1.isNotUndefined)
        };
    }
    #normalizeLicenseExpression(data) {
        const elem = makeTextElement(data.expression, 'expression', _xsd_1.normalizedString);
        elem.attributes = {
            acknowledgement: this._factory.spec.supportsLicenseAcknowledgement
                ? data.acknowledgement
                : undefined
        };
        return elem;
    }
    normalizeIterable(data, options) {
        const licenses = options.sortLists ?? false
            ? data.sorted()
            : Array.from(data);
        if (licenses.length > 1) {
            const expressions = licenses.filter(l => l instanceof license_1.LicenseExpression);
            if (expressions.length > 0) {
                return [this.#normalizeLicenseExpression(expressions[0])];
            }
        }
        return licenses.map(l => this.normalize(l, options));
    }
}
exports.LicenseNormalizer = LicenseNormalizer;
class SWIDNormalizer extends BaseXmlNormalizer {
    normalize(data, options, elementName) {
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        return {
            type: 'element',
            name: elementName,
            attributes: {
                tagId: data.tagId,
                name: data.name,
                version: data.version || undefined,
                tagVersion: data.tagVersion,
                patch: data.patch === undefined
                    ? undefined
                    : (data.patch ? 'true' : 'false')
            },
            children: [
                data.text === undefined
                    ? undefined
                    : this._factory.makeForAttachment().normalize(data.text, options, 'text'),
                types_1.XmlSchema.isAnyURI(url)
                    ? makeTextElement(url, 'url')
                    : undefined
            ].filter(notUndefined_1.isNotUndefined)
        };
    }
}
exports.SWIDNormalizer = SWIDNormalizer;
class ExternalReferenceNormalizer extends BaseXmlNormalizer {
    normalize(data, options, elementName) {
        const url = (0, uri_1.escapeUri)(data.url.toString());
        const hashes = this._factory.spec.supportsExternalReferenceHashes && data.hashes.size > 0
            ? {
                type: 'element',
                name: 'hashes',
                children: this._factory.makeForHash().normalizeIterable(data.hashes, options, 'hash')
            }
            : undefined;
        return this._factory.spec.supportsExternalReferenceType(data.type) &&
            types_1.XmlSchema.isAnyURI(url)
            ? {
                type: 'element',
                name: elementName,
                attributes: {
                    type: data.type
                },
                children: [
                    makeTextElement(url, 'url'),
                    makeOptionalTextElement(data.comment, 'comment'),
                    hashes
                ].filter(notUndefined_1.isNotUndefined)
            }
            : undefined;
    }
    normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(r => this.normalize(r, options, elementName)).filter(notUndefined_1.isNotUndefined);
    }
}
exports.ExternalReferenceNormalizer = ExternalReferenceNormalizer;
class AttachmentNormalizer extends BaseXmlNormalizer {
    normalize(data, options, elementName) {
        return {
            type: 'element',
            name: elementName,
            attributes: {
                'content-type': data.contentType
                    ? (0, _xsd_1.normalizedString)(data.contentType)
                    : undefined,
                encoding: data.encoding || undefined
            },
            children: data.content.toString()
        };
    }
}
exports.AttachmentNormalizer = AttachmentNormalizer;
class PropertyNormalizer extends BaseXmlNormalizer {
    normalize(data, options, elementName) {
        return {
            type: 'element',
            name: elementName,
            attributes: {
                name: data.name
            },
            children: (0, _xsd_1.normalizedString)(data.value)
        };
    }
    normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(p => this.normalize(p, options, elementName));
    }
}
exports.PropertyNormalizer = PropertyNormalizer;
class DependencyGraphNormalizer extends BaseXmlNormalizer {
    normalize(data, options, elementName) {
        const allRefs = new Map();
        if (data.metadata.component !== undefined) {
            allRefs.set(data.metadata.component.bomRef, data.metadata.component.dependencies);
            for (const component of data.metadata.component.components[tree_1.treeIteratorSymbol]()) {
                allRefs.set(component.bomRef, component.dependencies);
            }
        }
        for (const component of data.components[tree_1.treeIteratorSymbol]()) {
            allRefs.set(component.bomRef, component.dependencies);
        }
        for (const service of data.services[tree_1.treeIteratorSymbol]()) {
            allRefs.set(service.bomRef, service.dependencies);
        }
        const normalized = [];
        for (const [ref, deps] of allRefs) {
            const dep = this.#normalizeDependency(ref, deps, allRefs, options);
            if ((0, notUndefined_1.isNotUndefined)(dep)) {
                normalized.push(dep);
            }
        }
        if (options.sortLists ?? false) {
            normalized.sort(({ attributes: { ref: a } }, { attributes: { ref: b } }) => a.localeCompare(b));
        }
        return {
            type: 'element',
            name: elementName,
            children: normalized
        };
    }
    #normalizeDependency(ref, deps, allRefs, options) {
        const bomRef = ref.toString();
        if (bomRef.length === 0) {
            return undefined;
        }
        const dependsOn = Array.from(deps).filter(d => allRefs.has(d) && d !== ref)
            .map(d => d.toString()).filter(d => d.length > 0);
        if (options.sortLists ?? false) {
            dependsOn.sort((a, b) => a.localeCompare(b));
        }
        return {
            type: 'element',
            name: 'dependency',
            attributes: { ref: bomRef },
            children: dependsOn.map(d => ({
                type: 'element',
                name: 'dependency',
                attributes: { ref: d }
            }))
        };
    }
}
exports.DependencyGraphNormalizer = DependencyGraphNormalizer;
class VulnerabilityNormalizer extends BaseXmlNormalizer {
    normalize(data, options, elementName) {
        const references = data.references.size > 0
            ? {
                type: 'element',
                name: 'references',
                children: this._factory.makeForVulnerabilityReference().normalizeIterable(data.references, options, 'reference')
            }
            : undefined;
        const ratings = data.ratings.size > 0
            ? {
                type: 'element',
                name: 'ratings',
                children: this._factory.makeForVulnerabilityRating().normalizeIterable(data.ratings, options, 'rating')
            }
            : undefined;
        const cwes = data.cwes.size > 0
            ? {
                type: 'element',
                name: 'cwes',
                children: (options.sortLists
                    ? data.cwes.sorted()
                    : Array.from(data.cwes)).map(cwe => makeTextElement(cwe, 'cwe'))
            }
            : undefined;
        const advisories = data.advisories.size > 0
            ? {
                type: 'element',
                name: 'advisories',
                children: this._factory.makeForVulnerabilityAdvisory().normalizeIterable(data.advisories, options, 'advisory')
            }
            : undefined;
        const tools = data.tools.size > 0
            ? this._factory.makeForTools().normalize(data.tools, options, 'tools')
            : undefined;
        const affects = data.affects.size > 0
            ? {
                type: 'element',
                name: 'affects',
                children: this._factory.makeForVulnerabilityAffect().normalizeIterable(data.affects, options, 'target')
            }
            : undefined;
        const properties = data.properties.size > 0
            ? {
                type: 'element',
                name: 'properties',
                children: this._factory.makeForProperty().normalizeIterable(data.properties, options, 'property')
            }
            : undefined;
        return {
            type: 'element',
            name: elementName,
            attributes: { 'bom-ref': data.bomRef.value || undefined },
            children: [
                makeOptionalTextElement(data.id, 'id', _xsd_1.normalizedString),
                data.source === undefined
                    ? undefined
                    : this._factory.makeForVulnerabilitySource().normalize(data.source, options, 'source'),
                references,
                ratings,
                cwes,
                makeOptionalTextElement(data.description, 'description'),
                makeOptionalTextElement(data.detail, 'detail'),
                makeOptionalTextElement(data.recommendation, 'recommendation'),
                advisories,
                makeOptionalDateTimeElement(data.created, 'created'),
                makeOptionalDateTimeElement(data.created, 'published'),
                makeOptionalDateTimeElement(data.created, 'updated'),
                data.credits === undefined
                    ? undefined
                    : this._factory.makeForVulnerabilityCredits().normalize(data.credits, options, 'credits'),
                tools,
                data.analysis === undefined
                    ? undefined
                    : this._factory.makeForVulnerabilityAnalysis().normalize(data.analysis, options, 'analysis'),
                affects,
                properties
            ].filter(notUndefined_1.isNotUndefined)
        };
    }
    normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(v => this.normalize(v, options, elementName));
    }
}
exports.VulnerabilityNormalizer = VulnerabilityNormalizer;
class VulnerabilitySourceNormalizer extends BaseXmlNormalizer {
    normalize(data, options, elementName) {
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        return {
            type: 'element',
            name: elementName,
            children: [
                makeOptionalTextElement(data.name, 'name', _xsd_1.normalizedString),
                types_1.XmlSchema.isAnyURI(url)
                    ? makeTextElement(url, 'url')
                    : undefined
            ].filter(notUndefined_1.isNotUndefined)
        };
    }
}
exports.VulnerabilitySourceNormalizer = VulnerabilitySourceNormalizer;
class VulnerabilityReferenceNormalizer extends BaseXmlNormalizer {
    normalize(data, options, elementName) {
        return {
            type: 'element',
            name: elementName,
            children: [
                makeTextElement(data.id, 'id'),
                this._factory.makeForVulnerabilitySource().normalize(data.source, options, 'source')
            ]
        };
    }
    normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(r => this.normalize(r, options, elementName));
    }
}
exports.VulnerabilityReferenceNormalizer = VulnerabilityReferenceNormalizer;
class VulnerabilityRatingNormalizer extends BaseXmlNormalizer {
    normalize(data, options, elementName) {
        return {
            type: 'element',
            name: elementName,
            children: [
                data.source === undefined
                    ? undefined
                    : this._factory.makeForVulnerabilitySource().normalize(data.source, options, 'source'),
                makeOptionalTextElement(data.score, 'score'),
                makeOptionalTextElement(data.severity, 'severity'),
                this._factory.spec.supportsVulnerabilityRatingMethod(data.method)
                    ? makeOptionalTextElement(data.method, 'method')
                    : undefined,
                makeOptionalTextElement(data.vector, 'vector', _xsd_1.normalizedString),
                makeOptionalTextElement(data.justification, 'justification')
            ].filter(notUndefined_1.isNotUndefined)
        };
    }
    normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(r => this.normalize(r, options, elementName));
    }
}
exports.VulnerabilityRatingNormalizer = VulnerabilityRatingNormalizer;
class VulnerabilityAdvisoryNormalizer extends BaseXmlNormalizer {
    normalize(data, options, elementName) {
        const url = (0, uri_1.escapeUri)(data.url.toString());
        if (!types_1.XmlSchema.isAnyURI(url)) {
            return undefined;
        }
        return {
            type: 'element',
            name: elementName,
            children: [
                makeOptionalTextElement(data.title, 'title'),
                makeTextElement(url, 'url')
            ].filter(notUndefined_1.isNotUndefined)
        };
    }
    normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(a => this.normalize(a, options, elementName)).filter(notUndefined_1.isNotUndefined);
    }
}
exports.VulnerabilityAdvisoryNormalizer = VulnerabilityAdvisoryNormalizer;
class VulnerabilityCreditsNormalizer extends BaseXmlNormalizer {
    normalize(data, options, elementName) {
        const organizations = data.organizations.size > 0
            ? {
                type: 'element',
                name: 'organizations',
                children: this._factory.makeForOrganizationalEntity().normalizeIterable(data.organizations, options, 'organization')
            }
            : undefined;
        const individuals = data.individuals.size > 0
            ? {
                type: 'element',
                name: 'individuals',
                children: this._factory.makeForOrganizationalContact().normalizeIterable(data.individuals, options, 'individual')
            }
            : undefined;
        return {
            type: 'element',
            name: elementName,
            children: [
                organizations,
                individuals
            ].filter(notUndefined_1.isNotUndefined)
        };
    }
}
exports.VulnerabilityCreditsNormalizer = VulnerabilityCreditsNormalizer;
class VulnerabilityAnalysisNormalizer extends BaseXmlNormalizer {
    normalize(data, options, elementName) {
        const responses = data.response.size > 0
            ? {
                type: 'element',
                name: 'responses',
                children: (options.sortLists ?? false
                    ? data.response.sorted()
                    : Array.from(data.response)).map(ar => makeTextElement(ar, 'response'))
            }
            : undefined;
        return {
            type: 'element',
            name: elementName,
            children: [
                makeOptionalTextElement(data.state, 'state'),
                makeOptionalTextElement(data.justification, 'justification'),
                responses,
                makeOptionalTextElement(data.detail, 'detail')
            ].filter(notUndefined_1.isNotUndefined)
        };
    }
}
exports.VulnerabilityAnalysisNormalizer = VulnerabilityAnalysisNormalizer;
class VulnerabilityAffectNormalizer extends BaseXmlNormalizer {
    normalize(data, options, elementName) {
        const versions = data.versions.size > 0
            ? {
                type: 'element',
                name: 'versions',
                children: this._factory.makeForVulnerabilityAffectedVersion().normalizeIterable(data.versions, options, 'version')
            }
            : undefined;
        return {
            type: 'element',
            name: elementName,
            children: [
                makeTextElement(data.ref, 'ref'),
                versions
            ].filter(notUndefined_1.isNotUndefined)
        };
    }
    normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(a => this.normalize(a, options, elementName));
    }
}
exports.VulnerabilityAffectNormalizer = VulnerabilityAffectNormalizer;
class VulnerabilityAffectedVersionNormalizer extends BaseXmlNormalizer {
    normalize(data, options, elementName) {
        switch (true) {
            case data instanceof affect_1.AffectedSingleVersion:
                return this.#normalizeAffectedSingleVersion(data, elementName);
            case data instanceof affect_1.AffectedVersionRange:
                return this.#normalizeAffectedVersionRange(data, elementName);
            default:
                throw new TypeError('Unexpected Vulnerability AffectedVersion');
        }
    }
    #normalizeAffectedSingleVersion(data, elementName) {
        return {
            type: 'element',
            name: elementName,
            children: [
                makeTextElement(data.version, 'version', _xsd_1.normalizedString),
                makeOptionalTextElement(data.status, 'status')
            ].filter(notUndefined_1.isNotUndefined)
        };
    }
    #normalizeAffectedVersionRange(data, elementName) {
        return {
            type: 'element',
            name: elementName,
            children: [
                makeTextElement(data.range, 'range', _xsd_1.normalizedString),
                makeOptionalTextElement(data.status, 'status')
            ].filter(notUndefined_1.isNotUndefined)
        };
    }
    normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(av => this.normalize(av, options, elementName));
    }
}
exports.VulnerabilityAffectedVersionNormalizer = VulnerabilityAffectedVersionNormalizer;
const noTEM = (s) => s;
function makeOptionalTextElement(data, elementName, mod = noTEM) {
    const s = mod(data?.toString() ?? '');
    return s.length > 0
        ? makeTextElement(s, elementName)
        : undefined;
}
function makeTextElement(data, elementName, mod = noTEM) {
    return {
        type: 'element',
        name: elementName,
        children: mod(data.toString())
    };
}
function makeTextElementIter(data, options, elementName, mod = noTEM) {
    const r = Array.from(data, d => makeTextElement(d, elementName, mod));
    if (options.sortLists ?? false) {
        r.sort(({ children: a }, { children: b }) => a.localeCompare(b));
    }
    return r;
}
function makeOptionalDateTimeElement(data, elementName, mod = noTEM) {
    const d = data?.toISOString();
    return d === undefined
        ? undefined
        : makeTextElement(d, elementName, mod);
}
//# sourceMappingURL=normalize.js.map

/***/ }),

/***/ 4198:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.XmlSchema = void 0;
var XmlSchema;
(function (XmlSchema) {
    const _AnyUriSchemePattern = /^[a-z][a-z0-9+\-.]*$/i;
    function isAnyURI(value) {
        if (typeof value !== 'string') {
            return false;
        }
        if (value.length === 0) {
            return false;
        }
        const fragmentPos = value.indexOf('#');
        let beforeFragment = value;
        if (fragmentPos >= 0) {
            if (value.includes('#', fragmentPos + 1)) {
                return false;
            }
            beforeFragment = value.slice(undefined, fragmentPos);
        }
        const schemePos = beforeFragment.indexOf(':');
        if (schemePos >= 0) {
            if (!_AnyUriSchemePattern.test(beforeFragment.slice(undefined, schemePos))) {
                return false;
            }
        }
        return true;
    }
    XmlSchema.isAnyURI = isAnyURI;
})(XmlSchema || (exports.XmlSchema = XmlSchema = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 6925:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.XmlBaseSerializer = void 0;
const enums_1 = __nccwpck_require__(2388);
const errors_1 = __nccwpck_require__(3883);
const baseSerializer_1 = __nccwpck_require__(5388);
class XmlBaseSerializer extends baseSerializer_1.BaseSerializer {
    #normalizerFactory;
    constructor(normalizerFactory) {
        if (!normalizerFactory.spec.supportsFormat(enums_1.Format.XML)) {
            throw new errors_1.UnsupportedFormatError('Spec does not support XML format.');
        }
        super();
        this.#normalizerFactory = normalizerFactory;
    }
    get normalizerFactory() {
        return this.#normalizerFactory;
    }
    _normalize(bom, options = {}) {
        return this.#normalizerFactory.makeForBom()
            .normalize(bom, options);
    }
}
exports.XmlBaseSerializer = XmlBaseSerializer;
//# sourceMappingURL=xmlBaseSerializer.js.map

/***/ }),

/***/ 3224:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.XmlSerializer = void 0;
const errors_1 = __nccwpck_require__(1188);
const xmlStringify_1 = __importDefault(__nccwpck_require__(7777));
const errors_2 = __nccwpck_require__(514);
const xmlBaseSerializer_1 = __nccwpck_require__(6925);
class XmlSerializer extends xmlBaseSerializer_1.XmlBaseSerializer {
    _serialize(normalizedBom, options = {}) {
        try {
            return (0, xmlStringify_1.default)(normalizedBom, options);
        }
        catch (err) {
            if (err instanceof errors_1.OptPlugError) {
                throw new errors_2.MissingOptionalDependencyError(err.message, err);
            }
            throw err;
        }
    }
}
exports.XmlSerializer = XmlSerializer;
//# sourceMappingURL=xmlSerializer.node.js.map

/***/ }),

/***/ 9473:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isSupportedSpdxId = isSupportedSpdxId;
exports.fixupSpdxId = fixupSpdxId;
const spdx_SNAPSHOT_schema_json_1 = __nccwpck_require__(7363);
const spdxIds = new Set(spdx_SNAPSHOT_schema_json_1.enum);
const spdxLowerToActual = Object.freeze(Object.fromEntries(spdx_SNAPSHOT_schema_json_1.enum.map(spdxId => [spdxId.toLowerCase(), spdxId])));
function isSupportedSpdxId(value) {
    return spdxIds.has(value);
}
function fixupSpdxId(value) {
    return typeof value === 'string' && value.length > 0
        ? spdxLowerToActual[value.toLowerCase()]
        : undefined;
}
//# sourceMappingURL=spdx.js.map

/***/ }),

/***/ 6819:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports._Spec = void 0;
const models_1 = __nccwpck_require__(2619);
class _Spec {
    #version;
    #formats;
    #componentTypes;
    #hashAlgorithms;
    #hashValuePattern;
    #externalReferenceTypes;
    #vulnerabilityRatingMethods;
    #supportsDependencyGraph;
    #supportsToolReferences;
    #requiresComponentVersion;
    #supportsProperties;
    #supportsVulnerabilities;
    #supportsComponentEvidence;
    #supportsMetadataLifecycles;
    #supportsMetadataLicenses;
    #supportsMetadataProperties;
    #supportsExternalReferenceHashes;
    #supportsLicenseAcknowledgement;
    #supportsServices;
    #supportsToolsComponentsServices;
    #supportsLicenseProperties;
    constructor(version, formats, componentTypes, hashAlgorithms, hashValuePattern, externalReferenceTypes, supportsDependencyGraph, supportsToolReferences, requiresComponentVersion, supportsProperties, supportsVulnerabilities, vulnerabilityRatingMethods, supportsComponentEvidence, supportsMetadataLifecycles, supportsMetadataLicenses, supportsMetadataProperties, supportsExternalReferenceHashes, supportsLicenseAcknowledgement, supportsServices, supportsToolsComponentsServices, supportsLicenseProperties) {
        this.#version = version;
        this.#formats = new Set(formats);
        this.#componentTypes = new Set(componentTypes);
        this.#hashAlgorithms = new Set(hashAlgorithms);
        this.#hashValuePattern = hashValuePattern;
        this.#externalReferenceTypes = new Set(externalReferenceTypes);
        this.#supportsDependencyGraph = supportsDependencyGraph;
        this.#supportsToolReferences = supportsToolReferences;
        this.#requiresComponentVersion = requiresComponentVersion;
        this.#supportsProperties = supportsProperties;
        this.#supportsVulnerabilities = supportsVulnerabilities;
        this.#vulnerabilityRatingMethods = new Set(vulnerabilityRatingMethods);
        this.#supportsComponentEvidence = supportsComponentEvidence;
        this.#supportsMetadataLifecycles = supportsMetadataLifecycles;
        this.#supportsMetadataLicenses = supportsMetadataLicenses;
        this.#supportsMetadataProperties = supportsMetadataProperties;
        this.#supportsExternalReferenceHashes = supportsExternalReferenceHashes;
        this.#supportsLicenseAcknowledgement = supportsLicenseAcknowledgement;
        this.#supportsServices = supportsServices;
        this.#supportsToolsComponentsServices = supportsToolsComponentsServices;
        this.#supportsLicenseProperties = supportsLicenseProperties;
    }
    get version() {
        return this.#version;
    }
    supportsFormat(f) {
        return this.#formats.has(f);
    }
    supportsComponentType(ct) {
        return this.#componentTypes.has(ct);
    }
    supportsHashAlgorithm(ha) {
        return this.#hashAlgorithms.has(ha);
    }
    supportsHashValue(hv) {
        return typeof hv === 'string' &&
            this.#hashValuePattern.test(hv);
    }
    supportsExternalReferenceType(ert) {
        return this.#externalReferenceTypes.has(ert);
    }
    get supportsDependencyGraph() {
        return this.#supportsDependencyGraph;
    }
    get supportsToolReferences() {
        return this.#supportsToolReferences;
    }
    get requiresComponentVersion() {
        return this.#requiresComponentVersion;
    }
    supportsProperties(model) {
        switch (true) {
            case model instanceof models_1.NamedLicense || model instanceof models_1.SpdxLicense:
                return this.#supportsLicenseProperties;
            default:
                return this.#supportsProperties;
        }
    }
    get supportsVulnerabilities() {
        return this.#supportsVulnerabilities;
    }
    supportsVulnerabilityRatingMethod(rm) {
        return this.#vulnerabilityRatingMethods.has(rm);
    }
    get supportsComponentEvidence() {
        return this.#supportsComponentEvidence;
    }
    get supportsMetadataLifecycles() {
        return this.#supportsMetadataLifecycles;
    }
    get supportsMetadataLicenses() {
        return this.#supportsMetadataLicenses;
    }
    get supportsMetadataProperties() {
        return this.#supportsMetadataProperties;
    }
    get supportsExternalReferenceHashes() {
        return this.#supportsExternalReferenceHashes;
    }
    get supportsLicenseAcknowledgement() {
        return this.#supportsLicenseAcknowledgement;
    }
    get supportsServices() {
        return this.#supportsServices;
    }
    get supportsToolsComponentsServices() {
        return this.#supportsToolsComponentsServices;
    }
}
exports._Spec = _Spec;
//# sourceMappingURL=_protocol.js.map

/***/ }),

/***/ 8344:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SpecVersionDict = exports.Spec1dot7 = exports.Spec1dot6 = exports.Spec1dot5 = exports.Spec1dot4 = exports.Spec1dot3 = exports.Spec1dot2 = void 0;
const componentType_1 = __nccwpck_require__(4630);
const externalReferenceType_1 = __nccwpck_require__(7685);
const hashAlogorithm_1 = __nccwpck_require__(1805);
const ratingMethod_1 = __nccwpck_require__(5718);
const _protocol_1 = __nccwpck_require__(6819);
const enums_1 = __nccwpck_require__(2388);
exports.Spec1dot2 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot2, [
    enums_1.Format.XML,
    enums_1.Format.JSON
], [
    componentType_1.ComponentType.Application,
    componentType_1.ComponentType.Framework,
    componentType_1.ComponentType.Library,
    componentType_1.ComponentType.Container,
    componentType_1.ComponentType.OperatingSystem,
    componentType_1.ComponentType.Device,
    componentType_1.ComponentType.Firmware,
    componentType_1.ComponentType.File
], [
    hashAlogorithm_1.HashAlgorithm.MD5,
    hashAlogorithm_1.HashAlgorithm['SHA-1'],
    hashAlogorithm_1.HashAlgorithm['SHA-256'],
    hashAlogorithm_1.HashAlgorithm['SHA-384'],
    hashAlogorithm_1.HashAlgorithm['SHA-512'],
    hashAlogorithm_1.HashAlgorithm['SHA3-256'],
    hashAlogorithm_1.HashAlgorithm['SHA3-384'],
    hashAlogorithm_1.HashAlgorithm['SHA3-512'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-256'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-384'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-512'],
    hashAlogorithm_1.HashAlgorithm.BLAKE3
], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
    externalReferenceType_1.ExternalReferenceType.VCS,
    externalReferenceType_1.ExternalReferenceType.IssueTracker,
    externalReferenceType_1.ExternalReferenceType.Website,
    externalReferenceType_1.ExternalReferenceType.Advisories,
    externalReferenceType_1.ExternalReferenceType.BOM,
    externalReferenceType_1.ExternalReferenceType.MailingList,
    externalReferenceType_1.ExternalReferenceType.Social,
    externalReferenceType_1.ExternalReferenceType.Chat,
    externalReferenceType_1.ExternalReferenceType.Documentation,
    externalReferenceType_1.ExternalReferenceType.Support,
    externalReferenceType_1.ExternalReferenceType.Distribution,
    externalReferenceType_1.ExternalReferenceType.License,
    externalReferenceType_1.ExternalReferenceType.BuildMeta,
    externalReferenceType_1.ExternalReferenceType.BuildSystem,
    externalReferenceType_1.ExternalReferenceType.Other
], true, false, true, false, false, [], false, false, false, false, false, false, true, false, false));
exports.Spec1dot3 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot3, [
    enums_1.Format.XML,
    enums_1.Format.JSON
], [
    componentType_1.ComponentType.Application,
    componentType_1.ComponentType.Framework,
    componentType_1.ComponentType.Library,
    componentType_1.ComponentType.Container,
    componentType_1.ComponentType.OperatingSystem,
    componentType_1.ComponentType.Device,
    componentType_1.ComponentType.Firmware,
    componentType_1.ComponentType.File
], [
    hashAlogorithm_1.HashAlgorithm.MD5,
    hashAlogorithm_1.HashAlgorithm['SHA-1'],
    hashAlogorithm_1.HashAlgorithm['SHA-256'],
    hashAlogorithm_1.HashAlgorithm['SHA-384'],
    hashAlogorithm_1.HashAlgorithm['SHA-512'],
    hashAlogorithm_1.HashAlgorithm['SHA3-256'],
    hashAlogorithm_1.HashAlgorithm['SHA3-384'],
    hashAlogorithm_1.HashAlgorithm['SHA3-512'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-256'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-384'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-512'],
    hashAlogorithm_1.HashAlgorithm.BLAKE3
], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
    externalReferenceType_1.ExternalReferenceType.VCS,
    externalReferenceType_1.ExternalReferenceType.IssueTracker,
    externalReferenceType_1.ExternalReferenceType.Website,
    externalReferenceType_1.ExternalReferenceType.Advisories,
    externalReferenceType_1.ExternalReferenceType.BOM,
    externalReferenceType_1.ExternalReferenceType.MailingList,
    externalReferenceType_1.ExternalReferenceType.Social,
    externalReferenceType_1.ExternalReferenceType.Chat,
    externalReferenceType_1.ExternalReferenceType.Documentation,
    externalReferenceType_1.ExternalReferenceType.Support,
    externalReferenceType_1.ExternalReferenceType.Distribution,
    externalReferenceType_1.ExternalReferenceType.License,
    externalReferenceType_1.ExternalReferenceType.BuildMeta,
    externalReferenceType_1.ExternalReferenceType.BuildSystem,
    externalReferenceType_1.ExternalReferenceType.Other
], true, false, true, true, false, [], true, false, true, true, true, false, true, false, false));
exports.Spec1dot4 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot4, [
    enums_1.Format.XML,
    enums_1.Format.JSON
], [
    componentType_1.ComponentType.Application,
    componentType_1.ComponentType.Framework,
    componentType_1.ComponentType.Library,
    componentType_1.ComponentType.Container,
    componentType_1.ComponentType.OperatingSystem,
    componentType_1.ComponentType.Device,
    componentType_1.ComponentType.Firmware,
    componentType_1.ComponentType.File
], [
    hashAlogorithm_1.HashAlgorithm.MD5,
    hashAlogorithm_1.HashAlgorithm['SHA-1'],
    hashAlogorithm_1.HashAlgorithm['SHA-256'],
    hashAlogorithm_1.HashAlgorithm['SHA-384'],
    hashAlogorithm_1.HashAlgorithm['SHA-512'],
    hashAlogorithm_1.HashAlgorithm['SHA3-256'],
    hashAlogorithm_1.HashAlgorithm['SHA3-384'],
    hashAlogorithm_1.HashAlgorithm['SHA3-512'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-256'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-384'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-512'],
    hashAlogorithm_1.HashAlgorithm.BLAKE3
], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
    externalReferenceType_1.ExternalReferenceType.VCS,
    externalReferenceType_1.ExternalReferenceType.IssueTracker,
    externalReferenceType_1.ExternalReferenceType.Website,
    externalReferenceType_1.ExternalReferenceType.Advisories,
    externalReferenceType_1.ExternalReferenceType.BOM,
    externalReferenceType_1.ExternalReferenceType.MailingList,
    externalReferenceType_1.ExternalReferenceType.Social,
    externalReferenceType_1.ExternalReferenceType.Chat,
    externalReferenceType_1.ExternalReferenceType.Documentation,
    externalReferenceType_1.ExternalReferenceType.Support,
    externalReferenceType_1.ExternalReferenceType.Distribution,
    externalReferenceType_1.ExternalReferenceType.License,
    externalReferenceType_1.ExternalReferenceType.BuildMeta,
    externalReferenceType_1.ExternalReferenceType.BuildSystem,
    externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
    externalReferenceType_1.ExternalReferenceType.Other
], true, true, false, true, true, [
    ratingMethod_1.RatingMethod.CVSSv2,
    ratingMethod_1.RatingMethod.CVSSv3,
    ratingMethod_1.RatingMethod.CVSSv31,
    ratingMethod_1.RatingMethod.OWASP,
    ratingMethod_1.RatingMethod.Other
], true, false, true, true, true, false, true, false, false));
exports.Spec1dot5 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot5, [
    enums_1.Format.XML,
    enums_1.Format.JSON
], [
    componentType_1.ComponentType.Application,
    componentType_1.ComponentType.Framework,
    componentType_1.ComponentType.Library,
    componentType_1.ComponentType.Container,
    componentType_1.ComponentType.Platform,
    componentType_1.ComponentType.OperatingSystem,
    componentType_1.ComponentType.Device,
    componentType_1.ComponentType.DeviceDriver,
    componentType_1.ComponentType.Firmware,
    componentType_1.ComponentType.File,
    componentType_1.ComponentType.MachineLearningModel,
    componentType_1.ComponentType.Data
], [
    hashAlogorithm_1.HashAlgorithm.MD5,
    hashAlogorithm_1.HashAlgorithm['SHA-1'],
    hashAlogorithm_1.HashAlgorithm['SHA-256'],
    hashAlogorithm_1.HashAlgorithm['SHA-384'],
    hashAlogorithm_1.HashAlgorithm['SHA-512'],
    hashAlogorithm_1.HashAlgorithm['SHA3-256'],
    hashAlogorithm_1.HashAlgorithm['SHA3-384'],
    hashAlogorithm_1.HashAlgorithm['SHA3-512'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-256'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-384'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-512'],
    hashAlogorithm_1.HashAlgorithm.BLAKE3
], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
    externalReferenceType_1.ExternalReferenceType.VCS,
    externalReferenceType_1.ExternalReferenceType.IssueTracker,
    externalReferenceType_1.ExternalReferenceType.Website,
    externalReferenceType_1.ExternalReferenceType.Advisories,
    externalReferenceType_1.ExternalReferenceType.BOM,
    externalReferenceType_1.ExternalReferenceType.MailingList,
    externalReferenceType_1.ExternalReferenceType.Social,
    externalReferenceType_1.ExternalReferenceType.Chat,
    externalReferenceType_1.ExternalReferenceType.Documentation,
    externalReferenceType_1.ExternalReferenceType.Support,
    externalReferenceType_1.ExternalReferenceType.Distribution,
    externalReferenceType_1.ExternalReferenceType.DistributionIntake,
    externalReferenceType_1.ExternalReferenceType.License,
    externalReferenceType_1.ExternalReferenceType.BuildMeta,
    externalReferenceType_1.ExternalReferenceType.BuildSystem,
    externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
    externalReferenceType_1.ExternalReferenceType.SecurityContact,
    externalReferenceType_1.ExternalReferenceType.ModelCard,
    externalReferenceType_1.ExternalReferenceType.Log,
    externalReferenceType_1.ExternalReferenceType.Configuration,
    externalReferenceType_1.ExternalReferenceType.Evidence,
    externalReferenceType_1.ExternalReferenceType.Formulation,
    externalReferenceType_1.ExternalReferenceType.Attestation,
    externalReferenceType_1.ExternalReferenceType.ThreatModel,
    externalReferenceType_1.ExternalReferenceType.AdversaryModel,
    externalReferenceType_1.ExternalReferenceType.RiskAssessment,
    externalReferenceType_1.ExternalReferenceType.VulnerabilityAssertion,
    externalReferenceType_1.ExternalReferenceType.ExploitabilityStatement,
    externalReferenceType_1.ExternalReferenceType.PentestReport,
    externalReferenceType_1.ExternalReferenceType.StaticAnalysisReport,
    externalReferenceType_1.ExternalReferenceType.DynamicAnalysisReport,
    externalReferenceType_1.ExternalReferenceType.RuntimeAnalysisReport,
    externalReferenceType_1.ExternalReferenceType.ComponentAnalysisReport,
    externalReferenceType_1.ExternalReferenceType.MaturityReport,
    externalReferenceType_1.ExternalReferenceType.CertificationReport,
    externalReferenceType_1.ExternalReferenceType.CodifiedInfrastructure,
    externalReferenceType_1.ExternalReferenceType.QualityMetrics,
    externalReferenceType_1.ExternalReferenceType.POAM,
    externalReferenceType_1.ExternalReferenceType.Other
], true, true, false, true, true, [
    ratingMethod_1.RatingMethod.CVSSv2,
    ratingMethod_1.RatingMethod.CVSSv3,
    ratingMethod_1.RatingMethod.CVSSv31,
    ratingMethod_1.RatingMethod.CVSSv4,
    ratingMethod_1.RatingMethod.OWASP,
    ratingMethod_1.RatingMethod.SSVC,
    ratingMethod_1.RatingMethod.Other
], true, true, true, true, true, false, true, true, true));
exports.Spec1dot6 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot6, [
    enums_1.Format.XML,
    enums_1.Format.JSON
], [
    componentType_1.ComponentType.Application,
    componentType_1.ComponentType.Framework,
    componentType_1.ComponentType.Library,
    componentType_1.ComponentType.Container,
    componentType_1.ComponentType.Platform,
    componentType_1.ComponentType.OperatingSystem,
    componentType_1.ComponentType.Device,
    componentType_1.ComponentType.DeviceDriver,
    componentType_1.ComponentType.Firmware,
    componentType_1.ComponentType.File,
    componentType_1.ComponentType.MachineLearningModel,
    componentType_1.ComponentType.Data,
    componentType_1.ComponentType.CryptographicAsset
], [
    hashAlogorithm_1.HashAlgorithm.MD5,
    hashAlogorithm_1.HashAlgorithm['SHA-1'],
    hashAlogorithm_1.HashAlgorithm['SHA-256'],
    hashAlogorithm_1.HashAlgorithm['SHA-384'],
    hashAlogorithm_1.HashAlgorithm['SHA-512'],
    hashAlogorithm_1.HashAlgorithm['SHA3-256'],
    hashAlogorithm_1.HashAlgorithm['SHA3-384'],
    hashAlogorithm_1.HashAlgorithm['SHA3-512'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-256'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-384'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-512'],
    hashAlogorithm_1.HashAlgorithm.BLAKE3
], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
    externalReferenceType_1.ExternalReferenceType.VCS,
    externalReferenceType_1.ExternalReferenceType.IssueTracker,
    externalReferenceType_1.ExternalReferenceType.Website,
    externalReferenceType_1.ExternalReferenceType.Advisories,
    externalReferenceType_1.ExternalReferenceType.BOM,
    externalReferenceType_1.ExternalReferenceType.MailingList,
    externalReferenceType_1.ExternalReferenceType.Social,
    externalReferenceType_1.ExternalReferenceType.Chat,
    externalReferenceType_1.ExternalReferenceType.Documentation,
    externalReferenceType_1.ExternalReferenceType.Support,
    externalReferenceType_1.ExternalReferenceType.SourceDistribution,
    externalReferenceType_1.ExternalReferenceType.Distribution,
    externalReferenceType_1.ExternalReferenceType.DistributionIntake,
    externalReferenceType_1.ExternalReferenceType.License,
    externalReferenceType_1.ExternalReferenceType.BuildMeta,
    externalReferenceType_1.ExternalReferenceType.BuildSystem,
    externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
    externalReferenceType_1.ExternalReferenceType.SecurityContact,
    externalReferenceType_1.ExternalReferenceType.ModelCard,
    externalReferenceType_1.ExternalReferenceType.Log,
    externalReferenceType_1.ExternalReferenceType.Configuration,
    externalReferenceType_1.ExternalReferenceType.Evidence,
    externalReferenceType_1.ExternalReferenceType.Formulation,
    externalReferenceType_1.ExternalReferenceType.Attestation,
    externalReferenceType_1.ExternalReferenceType.ThreatModel,
    externalReferenceType_1.ExternalReferenceType.AdversaryModel,
    externalReferenceType_1.ExternalReferenceType.RiskAssessment,
    externalReferenceType_1.ExternalReferenceType.VulnerabilityAssertion,
    externalReferenceType_1.ExternalReferenceType.ExploitabilityStatement,
    externalReferenceType_1.ExternalReferenceType.PentestReport,
    externalReferenceType_1.ExternalReferenceType.StaticAnalysisReport,
    externalReferenceType_1.ExternalReferenceType.DynamicAnalysisReport,
    externalReferenceType_1.ExternalReferenceType.RuntimeAnalysisReport,
    externalReferenceType_1.ExternalReferenceType.ComponentAnalysisReport,
    externalReferenceType_1.ExternalReferenceType.MaturityReport,
    externalReferenceType_1.ExternalReferenceType.CertificationReport,
    externalReferenceType_1.ExternalReferenceType.CodifiedInfrastructure,
    externalReferenceType_1.ExternalReferenceType.QualityMetrics,
    externalReferenceType_1.ExternalReferenceType.POAM,
    externalReferenceType_1.ExternalReferenceType.ElectronicSignature,
    externalReferenceType_1.ExternalReferenceType.DigitalSignature,
    externalReferenceType_1.ExternalReferenceType.RFC9116,
    externalReferenceType_1.ExternalReferenceType.Other
], true, true, false, true, true, [
    ratingMethod_1.RatingMethod.CVSSv2,
    ratingMethod_1.RatingMethod.CVSSv3,
    ratingMethod_1.RatingMethod.CVSSv31,
    ratingMethod_1.RatingMethod.CVSSv4,
    ratingMethod_1.RatingMethod.OWASP,
    ratingMethod_1.RatingMethod.SSVC,
    ratingMethod_1.RatingMethod.Other
], true, true, true, true, true, true, true, true, true));
exports.Spec1dot7 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot7, [
    enums_1.Format.XML,
    enums_1.Format.JSON
], [
    componentType_1.ComponentType.Application,
    componentType_1.ComponentType.Framework,
    componentType_1.ComponentType.Library,
    componentType_1.ComponentType.Container,
    componentType_1.ComponentType.Platform,
    componentType_1.ComponentType.OperatingSystem,
    componentType_1.ComponentType.Device,
    componentType_1.ComponentType.DeviceDriver,
    componentType_1.ComponentType.Firmware,
    componentType_1.ComponentType.File,
    componentType_1.ComponentType.MachineLearningModel,
    componentType_1.ComponentType.Data,
    componentType_1.ComponentType.CryptographicAsset
], [
    hashAlogorithm_1.HashAlgorithm.MD5,
    hashAlogorithm_1.HashAlgorithm['SHA-1'],
    hashAlogorithm_1.HashAlgorithm['SHA-256'],
    hashAlogorithm_1.HashAlgorithm['SHA-384'],
    hashAlogorithm_1.HashAlgorithm['SHA-512'],
    hashAlogorithm_1.HashAlgorithm['SHA3-256'],
    hashAlogorithm_1.HashAlgorithm['SHA3-384'],
    hashAlogorithm_1.HashAlgorithm['SHA3-512'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-256'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-384'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-512'],
    hashAlogorithm_1.HashAlgorithm.BLAKE3,
    hashAlogorithm_1.HashAlgorithm['Streebog-256'],
    hashAlogorithm_1.HashAlgorithm['Streebog-512'],
], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
    externalReferenceType_1.ExternalReferenceType.VCS,
    externalReferenceType_1.ExternalReferenceType.IssueTracker,
    externalReferenceType_1.ExternalReferenceType.Website,
    externalReferenceType_1.ExternalReferenceType.Advisories,
    externalReferenceType_1.ExternalReferenceType.BOM,
    externalReferenceType_1.ExternalReferenceType.MailingList,
    externalReferenceType_1.ExternalReferenceType.Social,
    externalReferenceType_1.ExternalReferenceType.Chat,
    externalReferenceType_1.ExternalReferenceType.Documentation,
    externalReferenceType_1.ExternalReferenceType.Support,
    externalReferenceType_1.ExternalReferenceType.SourceDistribution,
    externalReferenceType_1.ExternalReferenceType.Distribution,
    externalReferenceType_1.ExternalReferenceType.DistributionIntake,
    externalReferenceType_1.ExternalReferenceType.License,
    externalReferenceType_1.ExternalReferenceType.BuildMeta,
    externalReferenceType_1.ExternalReferenceType.BuildSystem,
    externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
    externalReferenceType_1.ExternalReferenceType.SecurityContact,
    externalReferenceType_1.ExternalReferenceType.ModelCard,
    externalReferenceType_1.ExternalReferenceType.Log,
    externalReferenceType_1.ExternalReferenceType.Configuration,
    externalReferenceType_1.ExternalReferenceType.Evidence,
    externalReferenceType_1.ExternalReferenceType.Formulation,
    externalReferenceType_1.ExternalReferenceType.Attestation,
    externalReferenceType_1.ExternalReferenceType.ThreatModel,
    externalReferenceType_1.ExternalReferenceType.AdversaryModel,
    externalReferenceType_1.ExternalReferenceType.RiskAssessment,
    externalReferenceType_1.ExternalReferenceType.VulnerabilityAssertion,
    externalReferenceType_1.ExternalReferenceType.ExploitabilityStatement,
    externalReferenceType_1.ExternalReferenceType.PentestReport,
    externalReferenceType_1.ExternalReferenceType.StaticAnalysisReport,
    externalReferenceType_1.ExternalReferenceType.DynamicAnalysisReport,
    externalReferenceType_1.ExternalReferenceType.RuntimeAnalysisReport,
    externalReferenceType_1.ExternalReferenceType.ComponentAnalysisReport,
    externalReferenceType_1.ExternalReferenceType.MaturityReport,
    externalReferenceType_1.ExternalReferenceType.CertificationReport,
    externalReferenceType_1.ExternalReferenceType.CodifiedInfrastructure,
    externalReferenceType_1.ExternalReferenceType.QualityMetrics,
    externalReferenceType_1.ExternalReferenceType.POAM,
    externalReferenceType_1.ExternalReferenceType.ElectronicSignature,
    externalReferenceType_1.ExternalReferenceType.DigitalSignature,
    externalReferenceType_1.ExternalReferenceType.RFC9116,
    externalReferenceType_1.ExternalReferenceType.Citation,
    externalReferenceType_1.ExternalReferenceType.Patent,
    externalReferenceType_1.ExternalReferenceType.PatentAssertion,
    externalReferenceType_1.ExternalReferenceType.PatentFamily,
    externalReferenceType_1.ExternalReferenceType.RFC9116,
    externalReferenceType_1.ExternalReferenceType.Other
], true, true, false, true, true, [
    ratingMethod_1.RatingMethod.CVSSv2,
    ratingMethod_1.RatingMethod.CVSSv3,
    ratingMethod_1.RatingMethod.CVSSv31,
    ratingMethod_1.RatingMethod.CVSSv4,
    ratingMethod_1.RatingMethod.OWASP,
    ratingMethod_1.RatingMethod.SSVC,
    ratingMethod_1.RatingMethod.Other
], true, true, true, true, true, true, true, true, true));
exports.SpecVersionDict = Object.freeze({
    [enums_1.Version.v1dot7]: exports.Spec1dot7,
    [enums_1.Version.v1dot6]: exports.Spec1dot6,
    [enums_1.Version.v1dot5]: exports.Spec1dot5,
    [enums_1.Version.v1dot4]: exports.Spec1dot4,
    [enums_1.Version.v1dot3]: exports.Spec1dot3,
    [enums_1.Version.v1dot2]: exports.Spec1dot2
});
//# sourceMappingURL=consts.js.map

/***/ }),

/***/ 2388:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Format = exports.Version = void 0;
var Version;
(function (Version) {
    Version["v1dot7"] = "1.7";
    Version["v1dot6"] = "1.6";
    Version["v1dot5"] = "1.5";
    Version["v1dot4"] = "1.4";
    Version["v1dot3"] = "1.3";
    Version["v1dot2"] = "1.2";
    Version["v1dot1"] = "1.1";
    Version["v1dot0"] = "1.0";
})(Version || (exports.Version = Version = {}));
var Format;
(function (Format) {
    Format["XML"] = "xml";
    Format["JSON"] = "json";
})(Format || (exports.Format = Format = {}));
//# sourceMappingURL=enums.js.map

/***/ }),

/***/ 3883:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UnsupportedFormatError = void 0;
class UnsupportedFormatError extends Error {
}
exports.UnsupportedFormatError = UnsupportedFormatError;
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 6886:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__nccwpck_require__(8344), exports);
__exportStar(__nccwpck_require__(2388), exports);
__exportStar(__nccwpck_require__(3883), exports);
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6452:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isCPE = isCPE;
const cpePattern = /^([c][pP][eE]:\/[AHOaho]?(:[A-Za-z0-9\._\-~%]*){0,6})$|^(cpe:2\.3:[aho\*\-](:(((\?*|\*?)([a-zA-Z0-9\-\._]|(\\[\\\*\?!"#$$%&'\(\)\+,\/:;<=>@\[\]\^`\{\|}~]))+(\?*|\*?))|[\*\-])){5}(:(([a-zA-Z]{2,3}(-([a-zA-Z]{2}|[0-9]{3}))?)|[\*\-]))(:(((\?*|\*?)([a-zA-Z0-9\-\._]|(\\[\\\*\?!"#$$%&'\(\)\+,\/:;<=>@\[\]\^`\{\|}~]))+(\?*|\*?))|[\*\-])){4})$/;
function isCPE(value) {
    return typeof value === 'string' &&
        cpePattern.test(value);
}
//# sourceMappingURL=cpe.js.map

/***/ }),

/***/ 2671:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CweRepository = void 0;
exports.isCWE = isCWE;
const sortable_1 = __nccwpck_require__(7987);
const integer_1 = __nccwpck_require__(3840);
function isCWE(value) {
    return (0, integer_1.isPositiveInteger)(value);
}
class CweRepository extends sortable_1.SortableNumbers {
}
exports.CweRepository = CweRepository;
//# sourceMappingURL=cwe.js.map

/***/ }),

/***/ 3840:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isInteger = isInteger;
exports.isNonNegativeInteger = isNonNegativeInteger;
exports.isPositiveInteger = isPositiveInteger;
function isInteger(value) {
    return Number.isInteger(value);
}
function isNonNegativeInteger(value) {
    return isInteger(value) &&
        value >= 0;
}
function isPositiveInteger(value) {
    return isInteger(value) &&
        value > 0;
}
//# sourceMappingURL=integer.js.map

/***/ }),

/***/ 3069:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  TomlError: () => (/* reexport */ TomlError),
  parse: () => (/* reexport */ parse)
});

// UNUSED EXPORTS: TomlDate, default, stringify

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
class TomlError extends Error {
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
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
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
            TomlError.x('control characters are not allowed in strings', ctx);
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
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
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
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
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
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
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
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
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
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
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
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
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
            TomlError.x(`illegal character in numeric literal`, ctx);
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
        TomlError.x('unfinished numeric value', ctx, startPtr);
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
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
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
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
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
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
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
            TomlError.x('invalid date', ctx, errPtr);
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
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
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
            TomlError.x('control characters are not allowed in comments', ctx);
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
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
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
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
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
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
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
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
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
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
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
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
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
                    TomlError.x('expected end of table array declaration', ctx);
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
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
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
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });


/***/ }),

/***/ 7363:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://cyclonedx.org/schema/spdx.schema.json","$comment":"v1.1-3.29.0","type":"string","enum":["0BSD","3D-Slicer-1.0","AAL","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","ADSL","Advanced-Cryptics-Dictionary","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","Afmparse","AGPL-1.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0","AGPL-3.0-only","AGPL-3.0-or-later","Aladdin","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","any-OSI","any-OSI-perl-modules","Apache-1.0","Apache-1.1","Apache-2.0","APAFML","APL-1.0","App-s2p","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","Arphic-1999","Artistic-1.0","Artistic-1.0-cl8","Artistic-1.0-Perl","Artistic-2.0","Artistic-dist","Aspell-RU","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","atc-game","Baekmuk","Bahyph","Barr","bcrypt-Solar-Designer","Beerware","Bitstream-Charter","Bitstream-Vera","BitTorrent-1.0","BitTorrent-1.1","blessing","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","BOLA-1.1","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-first-lines","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","BSD-2-Clause-Patent","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-2-Clause-Views","BSD-3-Clause","BSD-3-Clause-acpica","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-flex","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-ask-to-endorse","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Systemics","BSD-Systemics-W3Works","BSL-1.0","Buddy","Bugroff","BUSL-1.1","bzip2-1.0.5","bzip2-1.0.6","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","Caldera","Caldera-no-preamble","CAPEC-tou","Catharon","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","check-cvs","checkmk","ClArtistic","Clips","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","Community-Spec-1.0","Condor-1.1","copyleft-next-0.3.0","copyleft-next-0.3.1","Cornell-Lossless-JPEG","CPAL-1.0","CPL-1.0","CPOL-1.02","Cronyx","Crossword","CryptoSwift","CrystalStacker","CUA-OPL-1.0","Cube","curl","cve-tou","D-FSL-1.0","DEC-3-Clause","diffmark","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","DRL-1.0","DRL-1.1","DSDP","dtoa","dvipdfm","ECL-1.0","ECL-2.0","eCos-2.0","EFL-1.0","EFL-2.0","eGenix","Elastic-2.0","Entessa","EPICS","EPL-1.0","EPL-2.0","ErlPL-1.1","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","etalab-2.0","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Eurosym","Fair","FBM","FDK-AAC","FDK-MPEG-H","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Furuseth","fwlw","Game-Programming-Gems","GCR-docs","GD","generic-xts","GFDL-1.1","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","Giftware","GL2PS","Glide","Glulxe","GLWTPL","gnuplot","GPL-1.0","GPL-1.0+","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0","GPL-2.0+","GPL-2.0-only","GPL-2.0-or-later","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-2.0-with-GCC-exception","GPL-3.0","GPL-3.0+","GPL-3.0-only","GPL-3.0-or-later","GPL-3.0-with-autoconf-exception","GPL-3.0-with-GCC-exception","Graphics-Gems","gSOAP-1.3b","gtkbook","Gutmann","HaskellReport","HDF5","hdparm","HIDAPI","Hippocratic-2.1","Hippocratic-3.0-core","HP-1986","HP-1989","HPND","HPND-DEC","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-Markus-Kuhn","HPND-merchantability-variant","HPND-MIT-disclaimer","HPND-Netrek","HPND-Pbmplus","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-critical-systems","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-SMC","HPND-UC","HPND-UC-export-US","HTMLTIDY","hyphen-bulgarian","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","ImageMagick","iMatix","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","Jam","JasPer-2.0","jove","JPL-image","JPNIC","JSON","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","Latex2e","Latex2e-translated-notice","Leptonica","LGPL-2.0","LGPL-2.0+","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1","LGPL-2.1+","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0","LGPL-3.0+","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","Libpng","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Linux-OpenIB","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","lsof","Lucida-Bitmap-Fonts","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","magaz","mailprio","MakeIndex","man2html","Martin-Birgmeier","McPhee-slideshow","metamail","Minpack","MIPS","MirOS","MIT","MIT-0","MIT-advertising","MIT-Click","MIT-CMU","MIT-enna","MIT-feh","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-open-group","MIT-STK","MIT-testregex","MIT-Wu","MITNFA","MMIXware","MMPL-1.0.1","Motosoto","MPEG-SSG","mpi-permissive","mpich2","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","mplus","MS-LPL","MS-PL","MS-RL","MTLL","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","MVT-1.1","NAIST-2003","NASA-1.3","Naumen","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","Net-SNMP","NetCDF","Newsletr","NGPL","ngrep","NICTA-1.0","NIST-PD","NIST-PD-fallback","NIST-PD-TNT","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","Nokia","NOSL","Noweb","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Nunit","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODbL-1.0","ODC-By-1.0","OFFIS","OFL-1.0","OFL-1.0-no-RFN","OFL-1.0-RFN","OFL-1.1","OFL-1.1-no-RFN","OFL-1.1-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","PADL","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","PDDL-1.0","PHP-3.0","PHP-3.01","Pixar","pkgconf","Plexus","pnmstitch","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","PPL","PSF-2.0","psfrag","psutils","Python-2.0","Python-2.0.1","python-ldap","Qhull","QPL-1.0","QPL-1.0-INRIA-2004","radvd","Rdisc","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","Saxpath","SCEA","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SimPL-2.0","SISSL","SISSL-1.2","SL","Sleepycat","SMAIL-GPL","SMLNJ","SMPPL","SNIA","snprintf","SOFA","softSurfer","Soundex","Spencer-86","Spencer-94","Spencer-99","SPL-1.0","ssh-keyscan","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","StandardML-NJ","SugarCRM-1.1.3","SUL-1.0","Sun-PPP","Sun-PPP-2000","SunPro","SWL","swrule","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TekHVC","TermReadKey","TGPPL-1.0","ThirdEye","threeparttable","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TrustedQSL","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","Ubuntu-font-1.0","UCAR","UCL-1.0","ulem","UMich-Merit","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","UnRAR","UPL-1.0","URT-RLE","Vim","Vixie-Cron","VOSTROM","VSL-1.0","W3C","W3C-19980720","W3C-20150513","w3m","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","WTFNMFPL","WTFPL","wwl","wxWindows","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","Xdebug-1.03","Xerox","Xfig","XFree86-1.1","xinetd","xkeyboard-config-Zinoviev","xlock","Xnet","xpp","XSkat","xzoom","YPL-1.0","YPL-1.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","zlib-acknowledgement","ZPL-1.1","ZPL-2.0","ZPL-2.1","389-exception","Asterisk-exception","Asterisk-linking-protocols-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","CGAL-linking-exception","Classpath-exception-2.0","Classpath-exception-2.0-short","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","Digia-Qt-LGPL-exception-1.1","DigiRule-FOSS-exception","eCos-exception-2.0","erlang-otp-linking-exception","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","Google-Patent-WebM","GPL-3.0-389-ds-base-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","harbour-exception","i2p-gpl-java-exception","Independent-modules-exception","KiCad-libraries-exception","kvirc-openssl-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","mxml-exception","Nokia-Qt-exception-1.1","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PCRE2-exception","polyparse-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","romic-exception","RRDtool-FLOSS-exception-2.0","rsync-linking-exception","SANE-exception","SHL-2.0","SHL-2.1","Simple-Library-Usage-exception","Spelling-Provider-LGPL-exception","sqlitestudio-OpenSSL-exception","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"],"meta:enum":{"0BSD":"BSD Zero Clause License","3D-Slicer-1.0":"3D Slicer License v1.0","AAL":"Attribution Assurance License","Abstyles":"Abstyles License","AdaCore-doc":"AdaCore Doc License","Adobe-2006":"Adobe Systems Incorporated Source Code License Agreement","Adobe-Display-PostScript":"Adobe Display PostScript License","Adobe-Glyph":"Adobe Glyph List License","Adobe-Utopia":"Adobe Utopia Font License","ADSL":"Amazon Digital Services License","Advanced-Cryptics-Dictionary":"Advanced Cryptics Dictionary License","AFL-1.1":"Academic Free License v1.1","AFL-1.2":"Academic Free License v1.2","AFL-2.0":"Academic Free License v2.0","AFL-2.1":"Academic Free License v2.1","AFL-3.0":"Academic Free License v3.0","Afmparse":"Afmparse License","AGPL-1.0":"Affero General Public License v1.0","AGPL-1.0-only":"Affero General Public License v1.0 only","AGPL-1.0-or-later":"Affero General Public License v1.0 or later","AGPL-3.0":"GNU Affero General Public License v3.0","AGPL-3.0-only":"GNU Affero General Public License v3.0 only","AGPL-3.0-or-later":"GNU Affero General Public License v3.0 or later","Aladdin":"Aladdin Free Public License","ALGLIB-Documentation":"ALGLIB Documentation License","AMD-newlib":"AMD newlib License","AMDPLPA":"AMD\'s plpa_map.c License","AML":"Apple MIT License","AML-glslang":"AML glslang variant License","AMPAS":"Academy of Motion Picture Arts and Sciences BSD","ANTLR-PD":"ANTLR Software Rights Notice","ANTLR-PD-fallback":"ANTLR Software Rights Notice with license fallback","any-OSI":"Any OSI License","any-OSI-perl-modules":"Any OSI License - Perl Modules","Apache-1.0":"Apache License 1.0","Apache-1.1":"Apache License 1.1","Apache-2.0":"Apache License 2.0","APAFML":"Adobe Postscript AFM License","APL-1.0":"Adaptive Public License 1.0","App-s2p":"App::s2p License","APSL-1.0":"Apple Public Source License 1.0","APSL-1.1":"Apple Public Source License 1.1","APSL-1.2":"Apple Public Source License 1.2","APSL-2.0":"Apple Public Source License 2.0","Arphic-1999":"Arphic Public License","Artistic-1.0":"Artistic License 1.0","Artistic-1.0-cl8":"Artistic License 1.0 w/clause 8","Artistic-1.0-Perl":"Artistic License 1.0 (Perl)","Artistic-2.0":"Artistic License 2.0","Artistic-dist":"Artistic License 1.0 (dist)","Aspell-RU":"Aspell Russian License","ASWF-Digital-Assets-1.0":"ASWF Digital Assets License version 1.0","ASWF-Digital-Assets-1.1":"ASWF Digital Assets License 1.1","atc-game":"atc Game License","Baekmuk":"Baekmuk License","Bahyph":"Bahyph License","Barr":"Barr License","bcrypt-Solar-Designer":"bcrypt Solar Designer License","Beerware":"Beerware License","Bitstream-Charter":"Bitstream Charter Font License","Bitstream-Vera":"Bitstream Vera Font License","BitTorrent-1.0":"BitTorrent Open Source License v1.0","BitTorrent-1.1":"BitTorrent Open Source License v1.1","blessing":"SQLite Blessing","BlueOak-1.0.0":"Blue Oak Model License 1.0.0","Boehm-GC":"Boehm-Demers-Weiser GC License","Boehm-GC-without-fee":"Boehm-Demers-Weiser GC License (without fee)","BOLA-1.1":"Buena Onda License Agreement v1.1","Borceux":"Borceux license","Brian-Gladman-2-Clause":"Brian Gladman 2-Clause License","Brian-Gladman-3-Clause":"Brian Gladman 3-Clause License","Brian-Gladman-3-Clause-no-conversion":"Brian Gladman 3-Clause License (no conversion clause)","BSD-1-Clause":"BSD 1-Clause License","BSD-2-Clause":"BSD 2-Clause \\"Simplified\\" License","BSD-2-Clause-Darwin":"BSD 2-Clause - Ian Darwin variant","BSD-2-Clause-first-lines":"BSD 2-Clause - first lines requirement","BSD-2-Clause-FreeBSD":"BSD 2-Clause FreeBSD License","BSD-2-Clause-NetBSD":"BSD 2-Clause NetBSD License","BSD-2-Clause-Patent":"BSD-2-Clause Plus Patent License","BSD-2-Clause-pkgconf-disclaimer":"BSD 2-Clause pkgconf disclaimer variant","BSD-2-Clause-pos-unchanged":"BSD 2-Clause - position unchanged variant","BSD-2-Clause-Views":"BSD 2-Clause with views sentence","BSD-3-Clause":"BSD 3-Clause \\"New\\" or \\"Revised\\" License","BSD-3-Clause-acpica":"BSD 3-Clause acpica variant","BSD-3-Clause-Attribution":"BSD with attribution","BSD-3-Clause-Clear":"BSD 3-Clause Clear License","BSD-3-Clause-flex":"BSD 3-Clause Flex variant","BSD-3-Clause-HP":"Hewlett-Packard BSD variant license","BSD-3-Clause-LBNL":"Lawrence Berkeley National Labs BSD variant license","BSD-3-Clause-Modification":"BSD 3-Clause Modification","BSD-3-Clause-No-Military-License":"BSD 3-Clause No Military License","BSD-3-Clause-No-Nuclear-License":"BSD 3-Clause No Nuclear License","BSD-3-Clause-No-Nuclear-License-2014":"BSD 3-Clause No Nuclear License 2014","BSD-3-Clause-No-Nuclear-Warranty":"BSD 3-Clause No Nuclear Warranty","BSD-3-Clause-Open-MPI":"BSD 3-Clause Open MPI variant","BSD-3-Clause-OpenWebUI":"BSD 3-Clause - OpenWebUI variant","BSD-3-Clause-Sun":"BSD 3-Clause Sun Microsystems","BSD-3-Clause-Tso":"BSD 3-Clause Tso variant","BSD-4-Clause":"BSD 4-Clause \\"Original\\" or \\"Old\\" License","BSD-4-Clause-Shortened":"BSD 4 Clause Shortened","BSD-4-Clause-UC":"BSD-4-Clause (University of California-Specific)","BSD-4.3RENO":"BSD 4.3 RENO License","BSD-4.3TAHOE":"BSD 4.3 TAHOE License","BSD-Advertising-Acknowledgement":"BSD Advertising Acknowledgement License","BSD-ask-to-endorse":"BSD - ask to endorse","BSD-Attribution-HPND-disclaimer":"BSD with Attribution and HPND disclaimer","BSD-Inferno-Nettverk":"BSD-Inferno-Nettverk","BSD-Mark-Modifications":"BSD Mark Modifications License","BSD-Protection":"BSD Protection License","BSD-Source-alt-GPL":"BSD Source Code Attribution - GPL alternative","BSD-Source-beginning-file":"BSD Source Code Attribution - beginning of file variant","BSD-Source-Code":"BSD Source Code Attribution","BSD-Source-Code-no-disclaimer":"BSD Source Code Attribution - no disclaimer","BSD-Systemics":"Systemics BSD variant license","BSD-Systemics-W3Works":"Systemics W3Works BSD variant license","BSL-1.0":"Boost Software License 1.0","Buddy":"Buddy License","Bugroff":"Bugroff License","BUSL-1.1":"Business Source License 1.1","bzip2-1.0.5":"bzip2 and libbzip2 License v1.0.5","bzip2-1.0.6":"bzip2 and libbzip2 License v1.0.6","C-UDA-1.0":"Computational Use of Data Agreement v1.0","CAL-1.0":"Cryptographic Autonomy License 1.0","CAL-1.0-Combined-Work-Exception":"Cryptographic Autonomy License 1.0 (Combined Work Exception)","Caldera":"Caldera License","Caldera-no-preamble":"Caldera License (without preamble)","CAPEC-tou":"Common Attack    Pattern Enumeration and Classification License","Catharon":"Catharon License","CATOSL-1.1":"Computer Associates Trusted Open Source License 1.1","CC-BY-1.0":"Creative Commons Attribution 1.0 Generic","CC-BY-2.0":"Creative Commons Attribution 2.0 Generic","CC-BY-2.5":"Creative Commons Attribution 2.5 Generic","CC-BY-2.5-AU":"Creative Commons Attribution 2.5 Australia","CC-BY-3.0":"Creative Commons Attribution 3.0 Unported","CC-BY-3.0-AT":"Creative Commons Attribution 3.0 Austria","CC-BY-3.0-AU":"Creative Commons Attribution 3.0 Australia","CC-BY-3.0-DE":"Creative Commons Attribution 3.0 Germany","CC-BY-3.0-IGO":"Creative Commons Attribution 3.0 IGO","CC-BY-3.0-NL":"Creative Commons Attribution 3.0 Netherlands","CC-BY-3.0-US":"Creative Commons Attribution 3.0 United States","CC-BY-4.0":"Creative Commons Attribution 4.0 International","CC-BY-NC-1.0":"Creative Commons Attribution Non Commercial 1.0 Generic","CC-BY-NC-2.0":"Creative Commons Attribution Non Commercial 2.0 Generic","CC-BY-NC-2.5":"Creative Commons Attribution Non Commercial 2.5 Generic","CC-BY-NC-3.0":"Creative Commons Attribution Non Commercial 3.0 Unported","CC-BY-NC-3.0-DE":"Creative Commons Attribution Non Commercial 3.0 Germany","CC-BY-NC-3.0-IGO":"Creative Commons Attribution Non Commercial 3.0 IGO","CC-BY-NC-4.0":"Creative Commons Attribution Non Commercial 4.0 International","CC-BY-NC-ND-1.0":"Creative Commons Attribution Non Commercial No Derivatives 1.0 Generic","CC-BY-NC-ND-2.0":"Creative Commons Attribution Non Commercial No Derivatives 2.0 Generic","CC-BY-NC-ND-2.5":"Creative Commons Attribution Non Commercial No Derivatives 2.5 Generic","CC-BY-NC-ND-3.0":"Creative Commons Attribution Non Commercial No Derivatives 3.0 Unported","CC-BY-NC-ND-3.0-DE":"Creative Commons Attribution Non Commercial No Derivatives 3.0 Germany","CC-BY-NC-ND-3.0-IGO":"Creative Commons Attribution Non Commercial No Derivatives 3.0 IGO","CC-BY-NC-ND-4.0":"Creative Commons Attribution Non Commercial No Derivatives 4.0 International","CC-BY-NC-SA-1.0":"Creative Commons Attribution Non Commercial Share Alike 1.0 Generic","CC-BY-NC-SA-2.0":"Creative Commons Attribution Non Commercial Share Alike 2.0 Generic","CC-BY-NC-SA-2.0-DE":"Creative Commons Attribution Non Commercial Share Alike 2.0 Germany","CC-BY-NC-SA-2.0-FR":"Creative Commons Attribution-NonCommercial-ShareAlike 2.0 France","CC-BY-NC-SA-2.0-UK":"Creative Commons Attribution Non Commercial Share Alike 2.0 England and Wales","CC-BY-NC-SA-2.5":"Creative Commons Attribution Non Commercial Share Alike 2.5 Generic","CC-BY-NC-SA-3.0":"Creative Commons Attribution Non Commercial Share Alike 3.0 Unported","CC-BY-NC-SA-3.0-DE":"Creative Commons Attribution Non Commercial Share Alike 3.0 Germany","CC-BY-NC-SA-3.0-IGO":"Creative Commons Attribution Non Commercial Share Alike 3.0 IGO","CC-BY-NC-SA-4.0":"Creative Commons Attribution Non Commercial Share Alike 4.0 International","CC-BY-ND-1.0":"Creative Commons Attribution No Derivatives 1.0 Generic","CC-BY-ND-2.0":"Creative Commons Attribution No Derivatives 2.0 Generic","CC-BY-ND-2.5":"Creative Commons Attribution No Derivatives 2.5 Generic","CC-BY-ND-3.0":"Creative Commons Attribution No Derivatives 3.0 Unported","CC-BY-ND-3.0-DE":"Creative Commons Attribution No Derivatives 3.0 Germany","CC-BY-ND-4.0":"Creative Commons Attribution No Derivatives 4.0 International","CC-BY-SA-1.0":"Creative Commons Attribution Share Alike 1.0 Generic","CC-BY-SA-2.0":"Creative Commons Attribution Share Alike 2.0 Generic","CC-BY-SA-2.0-UK":"Creative Commons Attribution Share Alike 2.0 England and Wales","CC-BY-SA-2.1-JP":"Creative Commons Attribution Share Alike 2.1 Japan","CC-BY-SA-2.5":"Creative Commons Attribution Share Alike 2.5 Generic","CC-BY-SA-3.0":"Creative Commons Attribution Share Alike 3.0 Unported","CC-BY-SA-3.0-AT":"Creative Commons Attribution Share Alike 3.0 Austria","CC-BY-SA-3.0-DE":"Creative Commons Attribution Share Alike 3.0 Germany","CC-BY-SA-3.0-IGO":"Creative Commons Attribution-ShareAlike 3.0 IGO","CC-BY-SA-4.0":"Creative Commons Attribution Share Alike 4.0 International","CC-PDDC":"Creative Commons Public Domain Dedication and Certification","CC-PDM-1.0":"Creative    Commons Public Domain Mark 1.0 Universal","CC-SA-1.0":"Creative Commons Share Alike 1.0 Generic","CC0-1.0":"Creative Commons Zero v1.0 Universal","CDDL-1.0":"Common Development and Distribution License 1.0","CDDL-1.1":"Common Development and Distribution License 1.1","CDL-1.0":"Common Documentation License 1.0","CDLA-Permissive-1.0":"Community Data License Agreement Permissive 1.0","CDLA-Permissive-2.0":"Community Data License Agreement Permissive 2.0","CDLA-Sharing-1.0":"Community Data License Agreement Sharing 1.0","CECILL-1.0":"CeCILL Free Software License Agreement v1.0","CECILL-1.1":"CeCILL Free Software License Agreement v1.1","CECILL-2.0":"CeCILL Free Software License Agreement v2.0","CECILL-2.1":"CeCILL Free Software License Agreement v2.1","CECILL-B":"CeCILL-B Free Software License Agreement","CECILL-C":"CeCILL-C Free Software License Agreement","CERN-OHL-1.1":"CERN Open Hardware Licence v1.1","CERN-OHL-1.2":"CERN Open Hardware Licence v1.2","CERN-OHL-P-2.0":"CERN Open Hardware Licence Version 2 - Permissive","CERN-OHL-S-2.0":"CERN Open Hardware Licence Version 2 - Strongly Reciprocal","CERN-OHL-W-2.0":"CERN Open Hardware Licence Version 2 - Weakly Reciprocal","CFITSIO":"CFITSIO License","check-cvs":"check-cvs License","checkmk":"Checkmk License","ClArtistic":"Clarified Artistic License","Clips":"Clips License","CMU-Mach":"CMU Mach License","CMU-Mach-nodoc":"CMU    Mach - no notices-in-documentation variant","CNRI-Jython":"CNRI Jython License","CNRI-Python":"CNRI Python License","CNRI-Python-GPL-Compatible":"CNRI Python Open Source GPL Compatible License Agreement","COIL-1.0":"Copyfree Open Innovation License","Community-Spec-1.0":"Community Specification License 1.0","Condor-1.1":"Condor Public License v1.1","copyleft-next-0.3.0":"copyleft-next 0.3.0","copyleft-next-0.3.1":"copyleft-next 0.3.1","Cornell-Lossless-JPEG":"Cornell Lossless JPEG License","CPAL-1.0":"Common Public Attribution License 1.0","CPL-1.0":"Common Public License 1.0","CPOL-1.02":"Code Project Open License 1.02","Cronyx":"Cronyx License","Crossword":"Crossword License","CryptoSwift":"CryptoSwift License","CrystalStacker":"CrystalStacker License","CUA-OPL-1.0":"CUA Office Public License v1.0","Cube":"Cube License","curl":"curl License","cve-tou":"Common Vulnerability Enumeration ToU License","D-FSL-1.0":"Deutsche Freie Software Lizenz","DEC-3-Clause":"DEC 3-Clause License","diffmark":"diffmark license","DL-DE-BY-2.0":"Data licence Germany – attribution – version 2.0","DL-DE-ZERO-2.0":"Data licence Germany – zero – version 2.0","DOC":"DOC License","DocBook-DTD":"DocBook DTD License","DocBook-Schema":"DocBook Schema License","DocBook-Stylesheet":"DocBook Stylesheet License","DocBook-XML":"DocBook XML License","Dotseqn":"Dotseqn License","DRL-1.0":"Detection Rule License 1.0","DRL-1.1":"Detection Rule License 1.1","DSDP":"DSDP License","dtoa":"David M. Gay dtoa License","dvipdfm":"dvipdfm License","ECL-1.0":"Educational Community License v1.0","ECL-2.0":"Educational Community License v2.0","eCos-2.0":"eCos license version 2.0","EFL-1.0":"Eiffel Forum License v1.0","EFL-2.0":"Eiffel Forum License v2.0","eGenix":"eGenix.com Public License 1.1.0","Elastic-2.0":"Elastic License 2.0","Entessa":"Entessa Public License v1.0","EPICS":"EPICS Open License","EPL-1.0":"Eclipse Public License 1.0","EPL-2.0":"Eclipse Public License 2.0","ErlPL-1.1":"Erlang Public License v1.1","ESA-PL-permissive-2.4":"European Space Agency Public License – v2.4 – Permissive (Type 3)","ESA-PL-strong-copyleft-2.4":"European Space Agency Public License (ESA-PL) - V2.4 - Strong Copyleft (Type 1)","ESA-PL-weak-copyleft-2.4":"European Space Agency Public License – v2.4 – Weak Copyleft (Type 2)","etalab-2.0":"Etalab Open License 2.0","EUDatagrid":"EU DataGrid Software License","EUPL-1.0":"European Union Public License 1.0","EUPL-1.1":"European Union Public License 1.1","EUPL-1.2":"European Union Public License 1.2","Eurosym":"Eurosym License","Fair":"Fair License","FBM":"Fuzzy Bitmap License","FDK-AAC":"Fraunhofer FDK AAC Codec Library","FDK-MPEG-H":"Fraunhofer FDK MPEG-H Software","Ferguson-Twofish":"Ferguson Twofish License","Frameworx-1.0":"Frameworx Open License 1.0","FreeBSD-DOC":"FreeBSD Documentation License","FreeImage":"FreeImage Public License v1.0","FSFAP":"FSF All Permissive License","FSFAP-no-warranty-disclaimer":"FSF All Permissive License (without Warranty)","FSFUL":"FSF Unlimited License","FSFULLR":"FSF Unlimited License (with License Retention)","FSFULLRSD":"FSF Unlimited License (with License Retention and Short Disclaimer)","FSFULLRWD":"FSF Unlimited License (With License Retention and Warranty Disclaimer)","FSL-1.1-ALv2":"Functional Source License, Version 1.1, ALv2 Future License","FSL-1.1-MIT":"Functional Source License, Version 1.1, MIT Future License","FTL":"Freetype Project License","Furuseth":"Furuseth License","fwlw":"fwlw License","Game-Programming-Gems":"Game Programming Gems License","GCR-docs":"Gnome GCR Documentation License","GD":"GD License","generic-xts":"Generic XTS License","GFDL-1.1":"GNU Free Documentation License v1.1","GFDL-1.1-invariants-only":"GNU Free Documentation License v1.1 only - invariants","GFDL-1.1-invariants-or-later":"GNU Free Documentation License v1.1 or later - invariants","GFDL-1.1-no-invariants-only":"GNU Free Documentation License v1.1 only - no invariants","GFDL-1.1-no-invariants-or-later":"GNU Free Documentation License v1.1 or later - no invariants","GFDL-1.1-only":"GNU Free Documentation License v1.1 only","GFDL-1.1-or-later":"GNU Free Documentation License v1.1 or later","GFDL-1.2":"GNU Free Documentation License v1.2","GFDL-1.2-invariants-only":"GNU Free Documentation License v1.2 only - invariants","GFDL-1.2-invariants-or-later":"GNU Free Documentation License v1.2 or later - invariants","GFDL-1.2-no-invariants-only":"GNU Free Documentation License v1.2 only - no invariants","GFDL-1.2-no-invariants-or-later":"GNU Free Documentation License v1.2 or later - no invariants","GFDL-1.2-only":"GNU Free Documentation License v1.2 only","GFDL-1.2-or-later":"GNU Free Documentation License v1.2 or later","GFDL-1.3":"GNU Free Documentation License v1.3","GFDL-1.3-invariants-only":"GNU Free Documentation License v1.3 only - invariants","GFDL-1.3-invariants-or-later":"GNU Free Documentation License v1.3 or later - invariants","GFDL-1.3-no-invariants-only":"GNU Free Documentation License v1.3 only - no invariants","GFDL-1.3-no-invariants-or-later":"GNU Free Documentation License v1.3 or later - no invariants","GFDL-1.3-only":"GNU Free Documentation License v1.3 only","GFDL-1.3-or-later":"GNU Free Documentation License v1.3 or later","Giftware":"Giftware License","GL2PS":"GL2PS License","Glide":"3dfx Glide License","Glulxe":"Glulxe License","GLWTPL":"Good Luck With That Public License","gnuplot":"gnuplot License","GPL-1.0":"GNU General Public License v1.0 only","GPL-1.0+":"GNU General Public License v1.0 or later","GPL-1.0-only":"GNU General Public License v1.0 only","GPL-1.0-or-later":"GNU General Public License v1.0 or later","GPL-2.0":"GNU General Public License v2.0 only","GPL-2.0+":"GNU General Public License v2.0 or later","GPL-2.0-only":"GNU General Public License v2.0 only","GPL-2.0-or-later":"GNU General Public License v2.0 or later","GPL-2.0-with-autoconf-exception":"GNU General Public License v2.0 w/Autoconf exception","GPL-2.0-with-bison-exception":"GNU General Public License v2.0 w/Bison exception","GPL-2.0-with-classpath-exception":"GNU General Public License v2.0 w/Classpath exception","GPL-2.0-with-font-exception":"GNU General Public License v2.0 w/Font exception","GPL-2.0-with-GCC-exception":"GNU General Public License v2.0 w/GCC Runtime Library exception","GPL-3.0":"GNU General Public License v3.0 only","GPL-3.0+":"GNU General Public License v3.0 or later","GPL-3.0-only":"GNU General Public License v3.0 only","GPL-3.0-or-later":"GNU General Public License v3.0 or later","GPL-3.0-with-autoconf-exception":"GNU General Public License v3.0 w/Autoconf exception","GPL-3.0-with-GCC-exception":"GNU General Public License v3.0 w/GCC Runtime Library exception","Graphics-Gems":"Graphics Gems License","gSOAP-1.3b":"gSOAP Public License v1.3b","gtkbook":"gtkbook License","Gutmann":"Gutmann License","HaskellReport":"Haskell Language Report License","HDF5":"HDF5 License","hdparm":"hdparm License","HIDAPI":"HIDAPI License","Hippocratic-2.1":"Hippocratic License 2.1","Hippocratic-3.0-core":"Hippocratic License 3.0","HP-1986":"Hewlett-Packard 1986 License","HP-1989":"Hewlett-Packard 1989 License","HPND":"Historical Permission Notice and Disclaimer","HPND-DEC":"Historical Permission Notice and Disclaimer - DEC variant","HPND-doc":"Historical Permission Notice and Disclaimer - documentation variant","HPND-doc-sell":"Historical Permission Notice and Disclaimer - documentation sell variant","HPND-export-US":"HPND with US Government export control warning","HPND-export-US-acknowledgement":"HPND with US Government export control warning and acknowledgment","HPND-export-US-modify":"HPND with US Government export control warning and modification rqmt","HPND-export2-US":"HPND with US Government export control and 2 disclaimers","HPND-Fenneberg-Livingston":"Historical Permission Notice and Disclaimer - Fenneberg-Livingston variant","HPND-INRIA-IMAG":"Historical Permission Notice and Disclaimer    - INRIA-IMAG variant","HPND-Intel":"Historical Permission Notice and Disclaimer - Intel variant","HPND-Kevlin-Henney":"Historical Permission Notice and Disclaimer - Kevlin Henney variant","HPND-Markus-Kuhn":"Historical Permission Notice and Disclaimer - Markus Kuhn variant","HPND-merchantability-variant":"Historical Permission Notice and Disclaimer - merchantability variant","HPND-MIT-disclaimer":"Historical Permission Notice and Disclaimer with MIT disclaimer","HPND-Netrek":"Historical Permission Notice and Disclaimer - Netrek variant","HPND-Pbmplus":"Historical Permission Notice and Disclaimer - Pbmplus variant","HPND-sell-MIT-disclaimer-xserver":"Historical Permission Notice and Disclaimer - sell xserver variant with MIT disclaimer","HPND-sell-regexpr":"Historical Permission Notice and Disclaimer - sell regexpr variant","HPND-sell-variant":"Historical Permission Notice and Disclaimer - sell variant","HPND-sell-variant-critical-systems":"HPND - sell variant with safety critical systems clause","HPND-sell-variant-MIT-disclaimer":"HPND sell variant with MIT disclaimer","HPND-sell-variant-MIT-disclaimer-rev":"HPND sell variant with MIT disclaimer - reverse","HPND-SMC":"Historical Permission Notice and Disclaimer - SMC variant","HPND-UC":"Historical Permission Notice and Disclaimer - University of California variant","HPND-UC-export-US":"Historical Permission Notice and Disclaimer - University of California, US export warning","HTMLTIDY":"HTML Tidy License","hyphen-bulgarian":"hyphen-bulgarian License","IBM-pibs":"IBM PowerPC Initialization and Boot Software","ICU":"ICU License","IEC-Code-Components-EULA":"IEC    Code Components End-user licence agreement","IJG":"Independent JPEG Group License","IJG-short":"Independent JPEG Group License - short","ImageMagick":"ImageMagick License","iMatix":"iMatix Standard Function Library Agreement","Imlib2":"Imlib2 License","Info-ZIP":"Info-ZIP License","Informatica":"Informatica License","Inner-Net-2.0":"Inner Net License v2.0","InnoSetup":"Inno Setup License","Intel":"Intel Open Source License","Intel-ACPI":"Intel ACPI Software License Agreement","Interbase-1.0":"Interbase Public License v1.0","IPA":"IPA Font License","IPL-1.0":"IBM Public License v1.0","ISC":"ISC License","ISC-Veillard":"ISC Veillard variant","ISO-permission":"ISO permission notice","Jam":"Jam License","JasPer-2.0":"JasPer License","jove":"Jove License","JPL-image":"JPL Image Use Policy","JPNIC":"Japan Network Information Center License","JSON":"JSON License","Kastrup":"Kastrup License","Kazlib":"Kazlib License","Knuth-CTAN":"Knuth CTAN License","LAL-1.2":"Licence Art Libre 1.2","LAL-1.3":"Licence Art Libre 1.3","Latex2e":"Latex2e License","Latex2e-translated-notice":"Latex2e with translated notice permission","Leptonica":"Leptonica License","LGPL-2.0":"GNU Library General Public License v2 only","LGPL-2.0+":"GNU Library General Public License v2 or later","LGPL-2.0-only":"GNU Library General Public License v2 only","LGPL-2.0-or-later":"GNU Library General Public License v2 or later","LGPL-2.1":"GNU Lesser General Public License v2.1 only","LGPL-2.1+":"GNU Lesser General Public License v2.1 or later","LGPL-2.1-only":"GNU Lesser General Public License v2.1 only","LGPL-2.1-or-later":"GNU Lesser General Public License v2.1 or later","LGPL-3.0":"GNU Lesser General Public License v3.0 only","LGPL-3.0+":"GNU Lesser General Public License v3.0 or later","LGPL-3.0-only":"GNU Lesser General Public License v3.0 only","LGPL-3.0-or-later":"GNU Lesser General Public License v3.0 or later","LGPLLR":"Lesser General Public License For Linguistic Resources","Libpng":"libpng License","libpng-1.6.35":"PNG Reference Library License v1 (for libpng 0.5 through 1.6.35)","libpng-2.0":"PNG Reference Library version 2","libselinux-1.0":"libselinux public domain notice","libtiff":"libtiff License","libutil-David-Nugent":"libutil David Nugent License","LiLiQ-P-1.1":"Licence Libre du Québec – Permissive version 1.1","LiLiQ-R-1.1":"Licence Libre du Québec – Réciprocité version 1.1","LiLiQ-Rplus-1.1":"Licence Libre du Québec – Réciprocité forte version 1.1","Linux-man-pages-1-para":"Linux man-pages - 1 paragraph","Linux-man-pages-copyleft":"Linux man-pages Copyleft","Linux-man-pages-copyleft-2-para":"Linux man-pages Copyleft - 2 paragraphs","Linux-man-pages-copyleft-var":"Linux man-pages Copyleft Variant","Linux-OpenIB":"Linux Kernel Variant of OpenIB.org license","LOOP":"Common Lisp LOOP License","LPD-document":"LPD Documentation License","LPL-1.0":"Lucent Public License Version 1.0","LPL-1.02":"Lucent Public License v1.02","LPPL-1.0":"LaTeX Project Public License v1.0","LPPL-1.1":"LaTeX Project Public License v1.1","LPPL-1.2":"LaTeX Project Public License v1.2","LPPL-1.3a":"LaTeX Project Public License v1.3a","LPPL-1.3c":"LaTeX Project Public License v1.3c","lsof":"lsof License","Lucida-Bitmap-Fonts":"Lucida Bitmap Fonts License","LZMA-SDK-9.11-to-9.20":"LZMA SDK License (versions 9.11 to 9.20)","LZMA-SDK-9.22":"LZMA SDK License (versions 9.22 and beyond)","Mackerras-3-Clause":"Mackerras 3-Clause License","Mackerras-3-Clause-acknowledgment":"Mackerras 3-Clause - acknowledgment variant","magaz":"magaz License","mailprio":"mailprio License","MakeIndex":"MakeIndex License","man2html":"man2html License","Martin-Birgmeier":"Martin Birgmeier License","McPhee-slideshow":"McPhee Slideshow License","metamail":"metamail License","Minpack":"Minpack License","MIPS":"MIPS License","MirOS":"The MirOS Licence","MIT":"MIT License","MIT-0":"MIT No Attribution","MIT-advertising":"Enlightenment License (e16)","MIT-Click":"MIT Click License","MIT-CMU":"CMU License","MIT-enna":"enna License","MIT-feh":"feh License","MIT-Festival":"MIT Festival Variant","MIT-Khronos-old":"MIT Khronos - old variant","MIT-Modern-Variant":"MIT License Modern Variant","MIT-open-group":"MIT Open Group variant","MIT-STK":"MIT-STK License","MIT-testregex":"MIT testregex Variant","MIT-Wu":"MIT Tom Wu Variant","MITNFA":"MIT +no-false-attribs license","MMIXware":"MMIXware License","MMPL-1.0.1":"Minecraft Mod Public License v1.0.1","Motosoto":"Motosoto License","MPEG-SSG":"MPEG Software Simulation","mpi-permissive":"mpi Permissive License","mpich2":"mpich2 License","MPL-1.0":"Mozilla Public License 1.0","MPL-1.1":"Mozilla Public License 1.1","MPL-2.0":"Mozilla Public License 2.0","MPL-2.0-no-copyleft-exception":"Mozilla Public License 2.0 (no copyleft exception)","mplus":"mplus Font License","MS-LPL":"Microsoft Limited Public License","MS-PL":"Microsoft Public License","MS-RL":"Microsoft Reciprocal License","MTLL":"Matrix Template Library License","MulanPSL-1.0":"Mulan Permissive Software License, Version 1","MulanPSL-2.0":"Mulan Permissive Software License, Version 2","Multics":"Multics License","Mup":"Mup License","MVT-1.1":"MVT License 1.1","NAIST-2003":"Nara Institute of Science and Technology License (2003)","NASA-1.3":"NASA Open Source Agreement 1.3","Naumen":"Naumen Public License","NBPL-1.0":"Net Boolean Public License v1","NCBI-PD":"NCBI Public Domain Notice","NCGL-UK-2.0":"Non-Commercial Government Licence","NCL":"NCL Source Code License","NCSA":"University of Illinois/NCSA Open Source License","Net-SNMP":"Net-SNMP License","NetCDF":"NetCDF license","Newsletr":"Newsletr License","NGPL":"Nethack General Public License","ngrep":"ngrep License","NICTA-1.0":"NICTA Public Software License, Version 1.0","NIST-PD":"NIST Public Domain Notice","NIST-PD-fallback":"NIST Public Domain Notice with license fallback","NIST-PD-TNT":"NIST    Public Domain Notice TNT variant","NIST-Software":"NIST Software License","NLOD-1.0":"Norwegian Licence for Open Government Data (NLOD) 1.0","NLOD-2.0":"Norwegian Licence for Open Government Data (NLOD) 2.0","NLPL":"No Limit Public License","Nokia":"Nokia Open Source License","NOSL":"Netizen Open Source License","Noweb":"Noweb License","NPL-1.0":"Netscape Public License v1.0","NPL-1.1":"Netscape Public License v1.1","NPOSL-3.0":"Non-Profit Open Software License 3.0","NRL":"NRL License","NTIA-PD":"NTIA Public Domain Notice","NTP":"NTP License","NTP-0":"NTP No Attribution","Nunit":"Nunit License","O-UDA-1.0":"Open Use of Data Agreement v1.0","OAR":"OAR License","OCCT-PL":"Open CASCADE Technology Public License","OCLC-2.0":"OCLC Research Public License 2.0","ODbL-1.0":"Open Data Commons Open Database License v1.0","ODC-By-1.0":"Open Data Commons Attribution License v1.0","OFFIS":"OFFIS License","OFL-1.0":"SIL Open Font License 1.0","OFL-1.0-no-RFN":"SIL Open Font License 1.0 with no Reserved Font Name","OFL-1.0-RFN":"SIL Open Font License 1.0 with Reserved Font Name","OFL-1.1":"SIL Open Font License 1.1","OFL-1.1-no-RFN":"SIL Open Font License 1.1 with no Reserved Font Name","OFL-1.1-RFN":"SIL Open Font License 1.1 with Reserved Font Name","OGC-1.0":"OGC Software License, Version 1.0","OGDL-Taiwan-1.0":"Taiwan Open Government Data License, version 1.0","OGL-Canada-2.0":"Open Government Licence - Canada","OGL-UK-1.0":"Open Government Licence v1.0","OGL-UK-2.0":"Open Government Licence v2.0","OGL-UK-3.0":"Open Government Licence v3.0","OGTSL":"Open Group Test Suite License","OLDAP-1.1":"Open LDAP Public License v1.1","OLDAP-1.2":"Open LDAP Public License v1.2","OLDAP-1.3":"Open LDAP Public License v1.3","OLDAP-1.4":"Open LDAP Public License v1.4","OLDAP-2.0":"Open LDAP Public License v2.0 (or possibly 2.0A and 2.0B)","OLDAP-2.0.1":"Open LDAP Public License v2.0.1","OLDAP-2.1":"Open LDAP Public License v2.1","OLDAP-2.2":"Open LDAP Public License v2.2","OLDAP-2.2.1":"Open LDAP Public License v2.2.1","OLDAP-2.2.2":"Open LDAP Public License 2.2.2","OLDAP-2.3":"Open LDAP Public License v2.3","OLDAP-2.4":"Open LDAP Public License v2.4","OLDAP-2.5":"Open LDAP Public License v2.5","OLDAP-2.6":"Open LDAP Public License v2.6","OLDAP-2.7":"Open LDAP Public License v2.7","OLDAP-2.8":"Open LDAP Public License v2.8","OLFL-1.3":"Open Logistics Foundation License Version 1.3","OML":"Open Market License","OpenMDW-1.0":"OpenMDW License Agreement v1.0","OpenPBS-2.3":"OpenPBS v2.3 Software License","OpenSSL":"OpenSSL License","OpenSSL-standalone":"OpenSSL License - standalone","OpenVision":"OpenVision License","OPL-1.0":"Open Public License v1.0","OPL-UK-3.0":"United    Kingdom Open Parliament Licence v3.0","OPUBL-1.0":"Open Publication License v1.0","OSC-1.0":"OSC License 1.0","OSET-PL-2.1":"OSET Public License version 2.1","OSL-1.0":"Open Software License 1.0","OSL-1.1":"Open Software License 1.1","OSL-2.0":"Open Software License 2.0","OSL-2.1":"Open Software License 2.1","OSL-3.0":"Open Software License 3.0","OSSP":"OSSP License","PADL":"PADL License","ParaType-Free-Font-1.3":"ParaType Free Font Licensing Agreement v1.3","Parity-6.0.0":"The Parity Public License 6.0.0","Parity-7.0.0":"The Parity Public License 7.0.0","PDDL-1.0":"Open Data Commons Public Domain Dedication & License 1.0","PHP-3.0":"PHP License v3.0","PHP-3.01":"PHP License v3.01","Pixar":"Pixar License","pkgconf":"pkgconf License","Plexus":"Plexus Classworlds License","pnmstitch":"pnmstitch License","PolyForm-Noncommercial-1.0.0":"PolyForm Noncommercial License 1.0.0","PolyForm-Small-Business-1.0.0":"PolyForm Small Business License 1.0.0","PostgreSQL":"PostgreSQL License","PPL":"Peer Production License","PSF-2.0":"Python Software Foundation License 2.0","psfrag":"psfrag License","psutils":"psutils License","Python-2.0":"Python License 2.0","Python-2.0.1":"Python License 2.0.1","python-ldap":"Python ldap License","Qhull":"Qhull License","QPL-1.0":"Q Public License 1.0","QPL-1.0-INRIA-2004":"Q Public License 1.0 - INRIA 2004 variant","radvd":"radvd License","Rdisc":"Rdisc License","RHeCos-1.1":"Red Hat eCos Public License v1.1","RPL-1.1":"Reciprocal Public License 1.1","RPL-1.5":"Reciprocal Public License 1.5","RPSL-1.0":"RealNetworks Public Source License v1.0","RSA-MD":"RSA Message-Digest License","RSCPL":"Ricoh Source Code Public License","Ruby":"Ruby License","Ruby-pty":"Ruby pty extension license","SAX-PD":"Sax Public Domain Notice","SAX-PD-2.0":"Sax Public Domain Notice 2.0","Saxpath":"Saxpath License","SCEA":"SCEA Shared Source License","SchemeReport":"Scheme Language Report License","Sendmail":"Sendmail License","Sendmail-8.23":"Sendmail License 8.23","Sendmail-Open-Source-1.1":"Sendmail Open Source License v1.1","SGI-B-1.0":"SGI Free Software License B v1.0","SGI-B-1.1":"SGI Free Software License B v1.1","SGI-B-2.0":"SGI Free Software License B v2.0","SGI-OpenGL":"SGI OpenGL License","SGMLUG-PM":"SGMLUG Parser Materials License","SGP4":"SGP4 Permission Notice","SHL-0.5":"Solderpad Hardware License v0.5","SHL-0.51":"Solderpad Hardware License, Version 0.51","SimPL-2.0":"Simple Public License 2.0","SISSL":"Sun Industry Standards Source License v1.1","SISSL-1.2":"Sun Industry Standards Source License v1.2","SL":"SL License","Sleepycat":"Sleepycat License","SMAIL-GPL":"SMAIL General Public License","SMLNJ":"Standard ML of New Jersey License","SMPPL":"Secure Messaging Protocol Public License","SNIA":"SNIA Public License 1.1","snprintf":"snprintf License","SOFA":"SOFA Software License","softSurfer":"softSurfer License","Soundex":"Soundex License","Spencer-86":"Spencer License 86","Spencer-94":"Spencer License 94","Spencer-99":"Spencer License 99","SPL-1.0":"Sun Public License v1.0","ssh-keyscan":"ssh-keyscan License","SSH-OpenSSH":"SSH OpenSSH license","SSH-short":"SSH short notice","SSLeay-standalone":"SSLeay License - standalone","SSPL-1.0":"Server Side Public License, v 1","StandardML-NJ":"Standard ML of New Jersey License","SugarCRM-1.1.3":"SugarCRM Public License v1.1.3","SUL-1.0":"Sustainable Use License v1.0","Sun-PPP":"Sun PPP License","Sun-PPP-2000":"Sun PPP License (2000)","SunPro":"SunPro License","SWL":"Scheme Widget Library (SWL) Software License Agreement","swrule":"swrule License","Symlinks":"Symlinks License","TAPR-OHL-1.0":"TAPR Open Hardware License v1.0","TCL":"TCL/TK License","TCP-wrappers":"TCP Wrappers License","TekHVC":"TekHVC License","TermReadKey":"TermReadKey License","TGPPL-1.0":"Transitive Grace Period Public Licence 1.0","ThirdEye":"ThirdEye License","threeparttable":"threeparttable License","TMate":"TMate Open Source License","TORQUE-1.1":"TORQUE v2.5+ Software License v1.1","TOSL":"Trusster Open Source License","TPDL":"Time::ParseDate License","TPL-1.0":"THOR Public License 1.0","TrustedQSL":"TrustedQSL License","TTWL":"Text-Tabs+Wrap License","TTYP0":"TTYP0 License","TU-Berlin-1.0":"Technische Universitaet Berlin License 1.0","TU-Berlin-2.0":"Technische Universitaet Berlin License 2.0","Ubuntu-font-1.0":"Ubuntu Font Licence v1.0","UCAR":"UCAR License","UCL-1.0":"Upstream Compatibility License v1.0","ulem":"ulem License","UMich-Merit":"Michigan/Merit Networks License","Unicode-3.0":"Unicode License v3","Unicode-DFS-2015":"Unicode License Agreement - Data Files and Software (2015)","Unicode-DFS-2016":"Unicode License Agreement - Data Files and Software (2016)","Unicode-TOU":"Unicode Terms of Use","UnixCrypt":"UnixCrypt License","Unlicense":"The Unlicense","Unlicense-libtelnet":"Unlicense - libtelnet variant","Unlicense-libwhirlpool":"Unlicense - libwhirlpool variant","UnRAR":"UnRAR License","UPL-1.0":"Universal Permissive License v1.0","URT-RLE":"Utah Raster Toolkit Run Length Encoded License","Vim":"Vim License","Vixie-Cron":"Vixie Cron License","VOSTROM":"VOSTROM Public License for Open Source","VSL-1.0":"Vovida Software License v1.0","W3C":"W3C Software Notice and License (2002-12-31)","W3C-19980720":"W3C Software Notice and License (1998-07-20)","W3C-20150513":"W3C Software Notice and Document License (2015-05-13)","w3m":"w3m License","Watcom-1.0":"Sybase Open Watcom Public License 1.0","Widget-Workshop":"Widget Workshop License","WordNet":"WordNet License","Wsuipa":"Wsuipa License","WTFNMFPL":"Do What The F*ck You Want To But It\'s Not My Fault Public License","WTFPL":"Do What The F*ck You Want To Public License","wwl":"WWL License","wxWindows":"wxWindows Library License","X11":"X11 License","X11-distribute-modifications-variant":"X11 License Distribution Modification Variant","X11-no-permit-persons":"X11 no permit persons clause","X11-swapped":"X11 swapped final paragraphs","Xdebug-1.03":"Xdebug License v 1.03","Xerox":"Xerox License","Xfig":"Xfig License","XFree86-1.1":"XFree86 License 1.1","xinetd":"xinetd License","xkeyboard-config-Zinoviev":"xkeyboard-config Zinoviev License","xlock":"xlock License","Xnet":"X.Net License","xpp":"XPP License","XSkat":"XSkat License","xzoom":"xzoom License","YPL-1.0":"Yahoo! Public License v1.0","YPL-1.1":"Yahoo! Public License v1.1","Zed":"Zed License","Zeeff":"Zeeff License","Zend-2.0":"Zend License v2.0","Zimbra-1.3":"Zimbra Public License v1.3","Zimbra-1.4":"Zimbra Public License v1.4","Zlib":"zlib License","zlib-acknowledgement":"zlib/libpng License with Acknowledgement","ZPL-1.1":"Zope Public License 1.1","ZPL-2.0":"Zope Public License 2.0","ZPL-2.1":"Zope Public License 2.1","389-exception":"389 Directory Server Exception","Asterisk-exception":"Asterisk exception","Asterisk-linking-protocols-exception":"Asterisk linking protocols exception","Autoconf-exception-2.0":"Autoconf exception 2.0","Autoconf-exception-3.0":"Autoconf exception 3.0","Autoconf-exception-generic":"Autoconf generic exception","Autoconf-exception-generic-3.0":"Autoconf generic exception for GPL-3.0","Autoconf-exception-macro":"Autoconf macro exception","Bison-exception-1.24":"Bison exception 1.24","Bison-exception-2.2":"Bison exception 2.2","Bootloader-exception":"Bootloader Distribution Exception","CGAL-linking-exception":"CGAL Linking Exception","Classpath-exception-2.0":"Classpath exception 2.0","Classpath-exception-2.0-short":"Classpath exception 2.0 - short","CLISP-exception-2.0":"CLISP exception 2.0","cryptsetup-OpenSSL-exception":"cryptsetup OpenSSL exception","Digia-Qt-LGPL-exception-1.1":"Digia Qt LGPL Exception version 1.1","DigiRule-FOSS-exception":"DigiRule FOSS License Exception","eCos-exception-2.0":"eCos exception 2.0","erlang-otp-linking-exception":"Erlang/OTP Linking Exception","Fawkes-Runtime-exception":"Fawkes Runtime Exception","FLTK-exception":"FLTK exception","fmt-exception":"fmt exception","Font-exception-2.0":"Font exception 2.0","freertos-exception-2.0":"FreeRTOS Exception 2.0","GCC-exception-2.0":"GCC Runtime Library exception 2.0","GCC-exception-2.0-note":"GCC    Runtime Library exception 2.0 - note variant","GCC-exception-3.1":"GCC Runtime Library exception 3.1","Gmsh-exception":"Gmsh exception","GNAT-exception":"GNAT exception","GNOME-examples-exception":"GNOME examples exception","GNU-compiler-exception":"GNU Compiler Exception","gnu-javamail-exception":"GNU JavaMail exception","Google-Patent-WebM":"Google Additional IP Rights Grant (Patents) - WebM","GPL-3.0-389-ds-base-exception":"GPL-3.0 389 DS Base Exception","GPL-3.0-interface-exception":"GPL-3.0 Interface Exception","GPL-3.0-linking-exception":"GPL-3.0 Linking Exception","GPL-3.0-linking-source-exception":"GPL-3.0 Linking Exception (with Corresponding Source)","GPL-CC-1.0":"GPL Cooperation Commitment 1.0","GStreamer-exception-2005":"GStreamer Exception (2005)","GStreamer-exception-2008":"GStreamer Exception (2008)","harbour-exception":"harbour exception","i2p-gpl-java-exception":"i2p GPL+Java Exception","Independent-modules-exception":"Independent Module Linking exception","KiCad-libraries-exception":"KiCad Libraries Exception","kvirc-openssl-exception":"kvirc OpenSSL Exception","LGPL-3.0-linking-exception":"LGPL-3.0 Linking Exception","libpri-OpenH323-exception":"libpri OpenH323 exception","Libtool-exception":"Libtool Exception","Linux-syscall-note":"Linux Syscall Note","LLGPL":"LLGPL Preamble","LLVM-exception":"LLVM Exception","LZMA-exception":"LZMA exception","mif-exception":"Macros and Inline Functions Exception","mxml-exception":"mxml Exception","Nokia-Qt-exception-1.1":"Nokia Qt LGPL exception 1.1","OCaml-LGPL-linking-exception":"OCaml LGPL Linking Exception","OCCT-exception-1.0":"Open CASCADE Exception 1.0","OpenJDK-assembly-exception-1.0":"OpenJDK Assembly exception 1.0","openvpn-openssl-exception":"OpenVPN OpenSSL Exception","PCRE2-exception":"PCRE2 exception","polyparse-exception":"Polyparse Exception","PS-or-PDF-font-exception-20170817":"PS/PDF font exception (2017-08-17)","QPL-1.0-INRIA-2004-exception":"INRIA QPL 1.0 2004 variant exception","Qt-GPL-exception-1.0":"Qt GPL exception 1.0","Qt-LGPL-exception-1.1":"Qt LGPL exception 1.1","Qwt-exception-1.0":"Qwt exception 1.0","romic-exception":"Romic Exception","RRDtool-FLOSS-exception-2.0":"RRDtool FLOSS exception 2.0","rsync-linking-exception":"rsync Linking Exception","SANE-exception":"SANE Exception","SHL-2.0":"Solderpad Hardware License v2.0","SHL-2.1":"Solderpad Hardware License v2.1","Simple-Library-Usage-exception":"Simple Library Usage Exception","Spelling-Provider-LGPL-exception":"Spelling Provider LGPL exception","sqlitestudio-OpenSSL-exception":"sqlitestudio OpenSSL exception","stunnel-exception":"stunnel Exception","SWI-exception":"SWI exception","Swift-exception":"Swift Exception","Texinfo-exception":"Texinfo exception","u-boot-exception-2.0":"U-Boot exception 2.0","UBDL-exception":"Unmodified Binary Distribution exception","Universal-FOSS-exception-1.0":"Universal FOSS Exception, Version 1.0","vsftpd-openssl-exception":"vsftpd OpenSSL exception","WxWindows-exception-3.1":"WxWindows Library Exception 3.1","x11vnc-openssl-exception":"x11vnc OpenSSL Exception"}}');

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
