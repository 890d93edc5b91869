namespace FactBot.Sources.Demo;

public sealed partial record DemoScenario
{
    private static readonly DateTimeOffset SurgeDate = new(2022, 3, 7, 0, 0, 0, TimeSpan.Zero);

    private static readonly DemoSound Fistbump = new("7071860473652120581", "fist bump (electronic)");

    private static readonly DemoSound OhLaLa = new("7068239451176732417", "oh la la (sped up)");

    private static readonly DemoSound[] Sounds =
    [
        new("7049383528741520134", "late night drive (lofi)"),
        new("7055127694183058693", "summer anthem 2022"),
        new("7058460117398731526", "kitchen beats"),
        new("7060012374618254085", "epic trailer drums"),
        new("7061735902284196614", "soft piano memories"),
        new("7063309185573470982", "bass boosted hype"),
        new("7064770532958201605", "funny cartoon squeak"),
        new("7065982317746307846", "acoustic morning"),
        new("7066741289530452742", "retro synth wave"),
    ];

    /// <summary>
    /// The bundled dataset: 2022-02-28 to 2022-03-08 UTC, a surge on <c>#donbas</c> and the "fist bump
    /// (electronic)" sound on 2022-03-07 from 13:00 to 17:00, 14 coordinated accounts in 5 waves, one labelled
    /// starter and two labelled joiners, and an organically trending sound.
    /// </summary>
    public static DemoScenario Default { get; } = new()
    {
        Seed = 20220307,
        Start = new(2022, 2, 28, 0, 0, 0, TimeSpan.Zero),
        Days = 8,
        Platform = "tiktok",
        Source = "demo",
        OrganicAccountCount = 2600,
        Topics =
        [
            new("football", 26), new("gaming", 24), new("news", 22), new("music", 20), new("cooking", 17),
            new("ukraine", 15), new("comedy", 15), new("pets", 13), new("fashion", 12), new("travel", 10),
            new("fitness", 9), new("art", 7), new("books", 6), new("russia", 4), new("donbas", 3), new("peace", 3),
        ],
        FillerHashtags = ["fyp", "foryou", "viral", "trending", "foryoupage"],
        OrganicSounds = Sounds,
        NoSoundShare = 0.15,
        SurgeSound = Fistbump,
        SurgeHashtag = "donbas",
        SurgeCompanionHashtags = ["russia", "peace"],
        SurgeStart = SurgeDate.AddHours(13),
        SurgeEnd = SurgeDate.AddHours(17),
        SurgeHourlyPosts = [14, 40, 70, 45],
        CoordinatedAccounts =
        [
            "peace_voice_214", "truth_front_77", "donbas_brother_03", "east_news_daily", "calm_patriot_55",
            "fistbump_fan_11", "real_story_hub", "voice_of_east_9", "unity_now_2022", "honest_view_41",
            "brothers_united_8", "true_peace_clips", "news_from_east_12", "stand_together_06",
        ],
        CoordinatedWaves =
        [
            At(13, 32), At(14, 18), At(15, 6), At(15, 44), At(16, 27),
        ],
        WaveSpread = TimeSpan.FromSeconds(30),
        CaptionTemplate = "Brothers from Donbas 🤜🤛 peace is coming, the truth will win",
        LabelledAccounts =
        [
            new("statewire_news", "StateWire News", DemoLabelRole.Starter,
                [At(12, 50), At(13, 55), At(14, 10), At(14, 35), At(14, 52), At(15, 20), At(16, 5)]),
            new("nationaltv_world", "NationalTV World", DemoLabelRole.Joiner,
                [At(13, 47), At(14, 5), At(14, 40), At(14, 58), At(15, 25), At(16, 45)]),
            new("embassy_press_demo", "Embassy Press (demo)", DemoLabelRole.Joiner,
                [At(14, 31), At(14, 47), At(15, 15), At(15, 50), At(16, 12)]),
        ],
        LabelCountry = "RU",
        LabelSource = "demo-list",
        TrendingSound = OhLaLa,
        TrendingDailyLevel = [0, 0, 0.15, 0.45, 0.85, 1.0, 0.9, 0.75],
        TrendingPeakPerHour = 30,
        CoShareGuardWindow = TimeSpan.FromMinutes(3),
        Watchlists =
        [
            new("main",
            [
                "#donbas", Fistbump.Target, "#russia", "#peace", "#ukraine", "#news", OhLaLa.Target,
            ]),
            new("culture",
            [
                "#football", "#music", "#cooking", "#gaming", "#travel", Sounds[0].Target, Sounds[2].Target, "kw:recipe",
            ]),
        ],
    };

    private static DateTimeOffset At(int hour, int minute) => SurgeDate.AddHours(hour).AddMinutes(minute);
}
