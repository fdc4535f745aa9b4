namespace Participation.Transparency.Domain;

/// <summary>A licence the agency can publish its open data under, with the LICENSE file's text.</summary>
public sealed record OpenDataLicence(string Key, string NameAr, string NameEn, string Url, string Text)
{
    public string Name(string culture) => culture.StartsWith("ar", StringComparison.Ordinal) ? NameAr : NameEn;

    public static readonly IReadOnlyList<OpenDataLicence> All =
    [
        new("cc-by-4.0", "رخصة المشاع الإبداعي، نسب المصنف 4.0 الدولية", "Creative Commons Attribution 4.0 International (CC BY 4.0)", "https://creativecommons.org/licenses/by/4.0/",
            """
            Creative Commons Attribution 4.0 International (CC BY 4.0)
            https://creativecommons.org/licenses/by/4.0/legalcode

            You may share and adapt these data for any purpose, even commercially, provided you give
            appropriate credit to the publishing agency, link to the licence, and indicate if changes
            were made. The full legal code is at the address above.

            يجوز لك مشاركة هذه البيانات وتعديلها لأي غرض، بما في ذلك الأغراض التجارية، بشرط نسبتها إلى
            الجهة الناشرة، والإشارة إلى الرخصة، وبيان ما أجريته عليها من تعديلات. النص القانوني الكامل في العنوان أعلاه.
            """),
        new("odbl-1.0", "رخصة قاعدة البيانات المفتوحة 1.0", "Open Data Commons Open Database License (ODbL 1.0)", "https://opendatacommons.org/licenses/odbl/1-0/",
            """
            Open Data Commons Open Database License (ODbL) v1.0
            https://opendatacommons.org/licenses/odbl/1-0/

            You may share, create works from and adapt these data, provided you attribute the
            publishing agency, share any adapted database under the same licence, and keep it open.
            The full text of the licence is at the address above.

            يجوز لك مشاركة هذه البيانات وإنتاج أعمال منها وتعديلها، بشرط نسبتها إلى الجهة الناشرة، ونشر
            أي قاعدة بيانات معدّلة منها بالرخصة نفسها وإبقائها مفتوحة. النص الكامل للرخصة في العنوان أعلاه.
            """),
        new("saudi-open-data", "رخصة البيانات المفتوحة للجهة", "The agency's open data licence", "/open-data",
            """
            رخصة البيانات المفتوحة
            ١. تمنح الجهة الناشرة كل شخص حقاً مجانياً غير حصري في استخدام هذه البيانات ونسخها ونشرها
               وتعديلها ودمجها في أعمال أخرى، لأي غرض مشروع، بما في ذلك الأغراض التجارية.
            ٢. على المستخدم ذكر الجهة الناشرة مصدراً للبيانات، وتاريخ بنائها المذكور في ملف README.
            ٣. لا يجوز استخدام البيانات لمحاولة التعرف على أي شخص، ولا تقديمها على أنها صادرة عن الجهة بعد تعديلها.
            ٤. تُقدَّم البيانات كما هي، دون ضمان لدقتها أو اكتمالها، ولا تتحمل الجهة مسؤولية ما يترتب على استخدامها.

            Open data licence
            1. The publishing agency grants everyone a free, non-exclusive right to use, copy, publish,
               adapt and combine these data with other works, for any lawful purpose, commercial ones included.
            2. Users credit the publishing agency as the source, with the build date given in README.
            3. The data may not be used to try to identify any person, nor presented as the agency's
               own once modified.
            4. The data are provided as they are, without warranty of accuracy or completeness; the
               agency is not liable for what follows from their use.
            """),
    ];

    /// <summary>The licence chosen, or null when none is (nothing is then published).</summary>
    public static OpenDataLicence? Find(string? key) => All.FirstOrDefault(l => l.Key == key);
}
