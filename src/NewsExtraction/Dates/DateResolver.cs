namespace NewsExtraction.Dates;

/// <summary>Resolves day references against the document's date: a weekday or a day and month to one calendar day.</summary>
internal static class DateResolver
{
    /// <summary>
    /// The <paramref name="day"/> of the week nearest to <paramref name="anchor"/> the way <paramref name="direction"/>
    /// points (before it unless <see cref="DateDirection.Future"/>); the anchor's own day counts unless
    /// <paramref name="strict"/> (<c>last Friday</c>, <c>next Monday</c>).
    /// </summary>
    public static DateOnly Weekday(DateOnly anchor, DayOfWeek day, DateDirection direction, bool strict)
    {
        if (direction == DateDirection.Future)
        {
            int ahead = ((int)day - (int)anchor.DayOfWeek + 7) % 7;
            return anchor.AddDays(ahead == 0 && strict ? 7 : ahead);
        }
        int back = ((int)anchor.DayOfWeek - (int)day + 7) % 7;
        return anchor.AddDays(-(back == 0 && strict ? 7 : back));
    }

    /// <summary>
    /// The <paramref name="day"/> of <paramref name="month"/> in the year that puts it nearest to
    /// <paramref name="anchor"/>, or on the side <paramref name="direction"/> says; null when no year has that day.
    /// </summary>
    public static DateOnly? DayOfMonth(DateOnly anchor, int month, int day, DateDirection direction)
    {
        DateOnly? best = null;
        int bestDistance = int.MaxValue;
        for (int year = anchor.Year - 1; year <= anchor.Year + 1; year++)
        {
            if (!TryCreate(year, month, day, out DateOnly candidate))
            {
                continue;
            }
            int distance = candidate.DayNumber - anchor.DayNumber;
            if ((direction == DateDirection.Past && distance > 0) || (direction == DateDirection.Future && distance < 0))
            {
                continue;
            }
            // Ties go to the past: news reports more than it announces.
            if (Math.Abs(distance) < bestDistance)
            {
                best = candidate;
                bestDistance = Math.Abs(distance);
            }
        }
        return best;
    }

    /// <summary>
    /// The day numbered <paramref name="dayOfMonth"/> that falls on <paramref name="day"/> of the week, nearest to
    /// <paramref name="anchor"/> within a month either side (<c>lundi 21</c>); null when none does.
    /// </summary>
    public static DateOnly? WeekdayOfMonth(DateOnly anchor, DayOfWeek day, int dayOfMonth)
    {
        for (int distance = 0; distance <= 31; distance++)
        {
            foreach (int sign in (ReadOnlySpan<int>)[-1, 1])
            {
                DateOnly candidate = anchor.AddDays(sign * distance);
                if (candidate.Day == dayOfMonth && candidate.DayOfWeek == day)
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    /// <summary>Whether <paramref name="year"/>-<paramref name="month"/>-<paramref name="day"/> is a day of the calendar.</summary>
    public static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        if (year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = new DateOnly(year, month, day);
            return true;
        }
        date = default;
        return false;
    }
}
