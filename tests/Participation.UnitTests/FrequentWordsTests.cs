using Participation.Surveys.Domain;

namespace Participation.UnitTests;

/// <summary>The frequent words of written answers, without a server: Arabic spellings folded, stop words out, once per answer.</summary>
public class FrequentWordsTests
{
    [Fact]
    public void Spellings_of_one_word_count_together_hamza_taa_marbuta_diacritics_and_tatweel_aside()
    {
        var words = FrequentWords.Top(["الانتظار طويل", "طال الإنتظار", "الانتظـــار مُمل", "الانتظار", "الخدمة ممتازة", "الخدمه بطيئة", "الخِدمة"], 2);
        Assert.Equal([new FrequentWord("الانتظار", 4), new FrequentWord("الخدمة", 3)], words);
    }

    [Fact]
    public void A_word_counts_once_per_answer_and_stop_words_numbers_and_single_letters_are_left_out()
    {
        var words = FrequentWords.Top(["الموظف الموظف الموظف في الفرع", "في الفرع من 3 إلى 5 و الموظف", "The staff and THE queue, staff."], 10);
        Assert.Equal([new FrequentWord("الفرع", 2), new FrequentWord("الموظف", 2), new FrequentWord("queue", 1), new FrequentWord("staff", 1)], words);
        Assert.DoesNotContain(words, w => w.Word is "في" or "من" or "the" or "3" or "و");
    }

    [Fact]
    public void The_most_frequent_spelling_shows_and_the_list_is_cut_at_its_length()
    {
        var words = FrequentWords.Top(["مسؤول", "مسوول", "مسؤول", "رائع"], 1);
        Assert.Equal([new FrequentWord("مسؤول", 3)], words);
    }
}
