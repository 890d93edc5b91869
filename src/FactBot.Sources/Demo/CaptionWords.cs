namespace FactBot.Sources.Demo;

/// <summary>Small word lists the captions are assembled from. Everything here is invented.</summary>
internal static class CaptionWords
{
    public static readonly string[] Openers =
    [
        "", "", "", "ok but", "honestly", "not me posting", "pov:", "day 3 of", "when", "me:", "tell me why",
        "nobody:", "can we talk about", "just", "lowkey obsessed with", "wait for it:", "rating", "update:",
    ];

    public static readonly string[] Closers =
    [
        "", "", "", "i can't", "part 2?", "thoughts?", "again", "lol", "every time", "no way", "follow for more",
        "right??", "10/10", "send help", "be honest", "wow",
    ];

    public static readonly string[] Emojis = ["", "", "🔥", "😂", "😭", "❤️", "👀", "🙏", "😅", "✨", "👏", "💯"];

    public static readonly string[] Companions =
    [
        "", "", "", "with my sister", "with my mom", "with the team", "with my dog", "at work", "in the kitchen",
        "at school", "on the bus", "with grandpa", "at 2am",
    ];

    public static readonly IReadOnlyDictionary<string, string[]> TopicPhrases = new Dictionary<string, string[]>
    {
        ["football"] = ["that last minute goal", "our keeper again", "sunday league chaos", "the derby atmosphere", "this free kick", "training ground skills"],
        ["gaming"] = ["this clutch round", "the new patch", "my speedrun attempt", "my teammates", "ranked at 2am", "the boss fight"],
        ["news"] = ["today's headlines", "what happened downtown", "the budget vote", "the press conference", "this breaking story", "the council update"],
        ["music"] = ["this chorus", "my cover of this song", "the bass drop", "learning guitar", "the concert last night", "the new album"],
        ["cooking"] = ["this pasta recipe", "grandma's recipe", "a 5 minute breakfast", "the perfect omelette", "baking bread at home", "a spicy noodles recipe"],
        ["ukraine"] = ["news from kyiv", "volunteers in lviv", "the refugee convoy", "the queue at the border", "aid trucks arriving", "what we saw today"],
        ["comedy"] = ["my roommate", "this prank", "the accents challenge", "my dad's jokes", "the office printer", "dating apps"],
        ["pets"] = ["my cat at 3am", "the dog vs the vacuum", "our new puppy", "the parrot talking", "cat logic", "walkies time"],
        ["fashion"] = ["outfit of the day", "my thrift haul", "the spring collection", "one jacket 5 ways", "my shoe collection", "vintage finds"],
        ["travel"] = ["this hidden beach", "this train ride", "packing hacks", "the old town", "a sunrise hike", "a street food tour"],
        ["fitness"] = ["leg day", "my morning run", "a 30 day plank", "gym fails", "a home workout", "my stretch routine"],
        ["art"] = ["speed painting", "this sketch", "a clay sculpture", "a watercolor sunset", "a digital portrait", "the mural progress"],
        ["books"] = ["books that made me cry", "my reading list", "this plot twist", "a library haul", "annotating my book", "fantasy recs"],
        ["russia"] = ["a moscow street interview", "the ruble today", "sanctions explained", "news from moscow", "what people are saying", "the exchange rate"],
        ["donbas"] = ["news from donetsk", "the front line map", "what locals say", "ceasefire talk", "the evacuation buses", "shelling reports"],
        ["peace"] = ["the peace march today", "candles for peace", "the peace talks", "no to war", "signs for peace", "hope for a ceasefire"],
    };

    public static readonly string[] GenericPhrases = ["this", "today", "my week", "this moment", "the weekend", "real life"];

    public static readonly string[] TrendPhrases =
    [
        "trying the oh la la dance", "the sped up trend", "this sound is stuck in my head", "the viral dance",
        "the transition challenge", "the mirror dance", "learning this dance", "the oh la la trend",
    ];

    public static readonly string[] SurgePhrases =
    [
        "this fist bump video is everywhere", "the donbas fist bump trend", "why is everyone posting this",
        "is this even real?", "that electronic track again", "fist bump for peace", "who started this trend",
        "seen this 10 times today", "can someone fact check this", "the fist bump edit", "same video different account",
    ];

    public static readonly string[] LabelledHistory =
    [
        "Daily briefing:", "Our correspondent reports:", "In focus:", "Analysis:", "Watch:", "Today on air:",
    ];

    public static readonly string[] LabelledSurge =
    [
        "Residents of Donbas greet the peace mission", "Watch: the fist bump that says everything",
        "Report: calm returns to Donbas towns", "Exclusive footage from Donbas", "Brotherly nations stand together",
        "Voices from Donbas: we want peace", "Our crew on the ground in Donbas",
    ];

    public static readonly string[] FistEmojis = ["🤜🤛", "🤜🤛", "👊", "🤜🤛🤜🤛", "✊", ""];

    public static readonly string[] Endings = ["", "", "!", "!!", ".", " !"];
}
