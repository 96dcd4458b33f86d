using System.Globalization;
using System.Text;
using NodaTime;
using TalkEngine.Calendar;

namespace TalkEngine.Benchmarks.Scheduling;

/// <summary>
/// A C# port of the scheduling bench's <c>generate.py</c> for its crowded kinds (<c>tight-300</c>, <c>group-5k</c>,
/// <c>group-100k</c>), so that the benchmarks can make group-100k on a machine with only the .NET SDK. It reproduces
/// Python's <c>random.Random</c> (MT19937 seeded from an int, <c>random</c>, <c>randrange</c>, <c>randint</c>,
/// <c>choice</c>, <c>choices</c> with weights) and writes the same bytes as <c>json.dumps(…, separators=(",", ":"))</c>:
/// a test compares its group-5k with the stored file byte for byte. The calendar is the package's mainland-China one
/// (the same State Council notices as the bench's CSV).
/// </summary>
internal static class SchedulingGenerator
{
    public static string Generate(string kind)
    {
        var (talkerCount, talkCount, seed) = kind switch
        {
            "tight-300" => (20, 300, 300),
            "group-5k" => (400, 5000, 5000),
            "group-100k" => (5000, 100_000, 100_000),
            _ => throw new ArgumentException($"Unknown kind '{kind}'.", nameof(kind)),
        };
        const int year = 2026;
        var rng = new PyRandom(seed);
        var calendar = WorkingCalendar.MainlandChina;
        bool Working(LocalDate d) => calendar.IsWorkingDay(d);
        bool Holiday(LocalDate d) => calendar.GetDay(d).Kind == CalendarDayKind.Holiday;
        var y0 = new LocalDate(year, 1, 1);
        var y1 = new LocalDate(year, 12, 31);
        var workdays = new List<LocalDate>();
        for (var d = y0; d <= y1; d = d.PlusDays(1))
        {
            if (Working(d))
            {
                workdays.Add(d);
            }
        }

        var json = new StringBuilder(talkCount * 400);
        json.Append("{\"name\":\"").Append(kind).Append("\",\"seed\":").Append(seed.ToString(CultureInfo.InvariantCulture)).Append(",\"year\":").Append(year).Append(",\"talkers\":[");
        for (var i = 0; i < talkerCount; i++)
        {
            var daily = rng.Choice([1, 2, 2, 3]);
            var weekly = Math.Max(daily, rng.Choice([2, 3, 3, 4, 5]));
            var busy = new SortedSet<LocalDate>();
            var start = rng.RandRange(workdays.Count - 10);
            var trip = rng.RandInt(3, 10);
            for (var k = 0; k < trip; k++)
            {
                busy.Add(workdays[start + k]);
            }

            foreach (var d in workdays)
            {
                if (rng.Random() < 0.12)
                {
                    busy.Add(d);
                }
            }

            json.Append(i == 0 ? "" : ",").Append("{\"id\":\"T").Append((i + 1).ToString("0000", CultureInfo.InvariantCulture)).Append("\",\"dailyCap\":").Append(daily).Append(",\"weeklyCap\":").Append(weekly).Append(",\"busy\":");
            Dates(json, busy);
            json.Append('}');
        }

        var holidays = new List<LocalDate>();
        for (var d = new LocalDate(year, 1, 2); d <= y1; d = d.PlusDays(1))
        {
            if (Holiday(d) && !Holiday(d.PlusDays(-1)))
            {
                holidays.Add(d);
            }
        }

        (LocalDate, LocalDate) WindowOf(LocalDate start, int n)
        {
            var d = start;
            while (!Working(d))
            {
                d = d.PlusDays(1);
            }

            var first = d;
            var last = d;
            var count = 0;
            while (count < n && d <= y1)
            {
                if (Working(d))
                {
                    count++;
                    last = d;
                }

                d = d.PlusDays(1);
            }

            return (first, last);
        }

        (LocalDate, LocalDate) WorkingBefore(LocalDate day, int n)
        {
            var got = new List<LocalDate>();
            var d = day.PlusDays(-1);
            while (got.Count < n)
            {
                if (Working(d))
                {
                    got.Add(d);
                }

                d = d.PlusDays(-1);
            }

            return (got[^1], got[0]);
        }

        var rounds = new List<(LocalDate, LocalDate)>();
        foreach (var m in new[] { 3, 5, 9, 11 })
        {
            rounds.Add(WindowOf(new LocalDate(year, m, rng.RandInt(1, 20)), 10));
        }

        var annualFrom = new LocalDate(year, 10, 12);
        var annualTo = new LocalDate(year, 11, 27);
        var regions = Math.Max(1, talkerCount / 12);
        var subjects = new StringBuilder(talkCount * 200);
        var talks = new StringBuilder(talkCount * 130);
        var talkTotal = 0;
        var pi = 0;
        while (talkTotal < talkCount)
        {
            pi++;
            var pid = "P" + pi.ToString("000000", CultureInfo.InvariantCulture);
            var region = rng.RandRange(regions);
            var local = Enumerable.Range(0, talkerCount).Where(t => t % regions == region).ToArray();
            var sbusy = new SortedSet<LocalDate>();
            var trips = rng.RandInt(1, 3);
            for (var r = 0; r < trips; r++)
            {
                var start = rng.RandRange(workdays.Count - 8);
                var length = rng.RandInt(2, 8);
                for (var k = 0; k < length; k++)
                {
                    sbusy.Add(workdays[start + k]);
                }
            }

            foreach (var d in workdays)
            {
                if (rng.Random() < 0.08)
                {
                    sbusy.Add(d);
                }
            }

            subjects.Append(pi == 1 ? "" : ",").Append("{\"id\":\"").Append(pid).Append("\",\"busy\":");
            Dates(subjects, sbusy);
            subjects.Append('}');

            var weights = new double[local.Length];
            for (var w = 0; w < weights.Length; w++)
            {
                weights[w] = w == 0 ? 3 : w == 1 ? 2 : 1;
            }

            void Add(string source, LocalDate a, LocalDate b, int? talker = null)
            {
                if (talkTotal >= talkCount)
                {
                    return;
                }

                var t = talker ?? rng.Choices(local, weights);
                talkTotal++;
                talks.Append(talkTotal == 1 ? "" : ",").Append("{\"id\":\"K").Append(talkTotal.ToString("000000", CultureInfo.InvariantCulture))
                    .Append("\",\"talker\":\"T").Append((t + 1).ToString("0000", CultureInfo.InvariantCulture))
                    .Append("\",\"subject\":\"").Append(pid).Append("\",\"source\":\"").Append(source)
                    .Append("\",\"from\":\"").Append(Iso(a)).Append("\",\"to\":\"").Append(Iso(b)).Append("\"}");
            }

            Add("annual", annualFrom, annualTo);
            if (rng.Random() < 0.25)
            {
                var k = rng.RandRange(rounds.Count);
                var (a, b) = rounds[k];
                Add("inspection", a, b, local[(2 + k) % local.Length]);
            }

            if (rng.Random() < 0.30 && holidays.Count > 0)
            {
                var h = holidays[rng.RandRange(holidays.Count)];
                var (a, b) = WorkingBefore(h, 5);
                if (a.Year == year)
                {
                    Add("pre-holiday", a, b);
                }
            }

            if (rng.Random() < 0.05)
            {
                var month = rng.RandInt(1, 11);
                var start = new LocalDate(year, month, rng.RandInt(1, 28));
                var end = start.PlusDays(30);
                Add("petition", start, end > y1 ? y1 : end);
            }

            if (rng.Random() < 0.04)
            {
                var month = rng.RandInt(1, 12);
                var (a, b) = WindowOf(new LocalDate(year, month, rng.RandInt(1, 20)), 10);
                Add("pre-appointment", a, b);
            }
        }

        json.Append("],\"subjects\":[").Append(subjects).Append("],\"talks\":[").Append(talks).Append("]}\n");
        return json.ToString();
    }

    private static string Iso(LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Dates(StringBuilder json, SortedSet<LocalDate> dates)
    {
        json.Append('[');
        var first = true;
        foreach (var d in dates)
        {
            json.Append(first ? "\"" : ",\"").Append(Iso(d)).Append('"');
            first = false;
        }

        json.Append(']');
    }

    /// <summary>Python's <c>random.Random</c> (MT19937), for the calls the generator makes.</summary>
    private sealed class PyRandom
    {
        private readonly uint[] _mt = new uint[624];
        private int _index = 624;

        public PyRandom(int seed)
        {
            // random.seed(int): init_by_array over the 32-bit words of |seed| (one word here).
            InitGenrand(19650218u);
            var key = new[] { (uint)Math.Abs(seed) };
            int i = 1, j = 0;
            for (var k = Math.Max(624, key.Length); k > 0; k--)
            {
                _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
                i++;
                j++;
                if (i >= 624)
                {
                    _mt[0] = _mt[623];
                    i = 1;
                }

                if (j >= key.Length)
                {
                    j = 0;
                }
            }

            for (var k = 623; k > 0; k--)
            {
                _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1566083941u)) - (uint)i;
                i++;
                if (i >= 624)
                {
                    _mt[0] = _mt[623];
                    i = 1;
                }
            }

            _mt[0] = 0x80000000u;
        }

        public double Random()
        {
            var a = Next() >> 5;
            var b = Next() >> 6;
            return ((a * 67108864.0) + b) * (1.0 / 9007199254740992.0);
        }

        public int RandRange(int stop) => Below(stop);

        public int RandInt(int a, int b) => a + Below(b - a + 1);

        public int Choice(int[] items) => items[Below(items.Length)];

        public int Choices(int[] items, double[] weights)
        {
            var cumulative = new double[weights.Length];
            var sum = 0.0;
            for (var i = 0; i < weights.Length; i++)
            {
                cumulative[i] = sum += weights[i];
            }

            var x = Random() * cumulative[^1];
            // bisect_right(cumulative, x, 0, n - 1)
            int lo = 0, hi = weights.Length - 1;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (x < cumulative[mid])
                {
                    hi = mid;
                }
                else
                {
                    lo = mid + 1;
                }
            }

            return items[lo];
        }

        private int Below(int n)
        {
            var k = 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)n);
            uint r;
            do
            {
                r = Next() >> (32 - k);
            }
            while (r >= n);
            return (int)r;
        }

        private void InitGenrand(uint s)
        {
            _mt[0] = s;
            for (var i = 1; i < 624; i++)
            {
                _mt[i] = (1812433253u * (_mt[i - 1] ^ (_mt[i - 1] >> 30))) + (uint)i;
            }
        }

        private uint Next()
        {
            if (_index >= 624)
            {
                for (var i = 0; i < 624; i++)
                {
                    var y = (_mt[i] & 0x80000000u) | (_mt[(i + 1) % 624] & 0x7fffffffu);
                    _mt[i] = _mt[(i + 397) % 624] ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908b0dfu : 0u);
                }

                _index = 0;
            }

            var x = _mt[_index++];
            x ^= x >> 11;
            x ^= (x << 7) & 0x9d2c5680u;
            x ^= (x << 15) & 0xefc60000u;
            x ^= x >> 18;
            return x;
        }
    }
}
